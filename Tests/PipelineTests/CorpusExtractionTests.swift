import ClaimEngine
import NewsText
import Pipeline
import Reconciliation
import Testing
import TestSupport

/// A corpus read through the pipeline: each article's claims and what the caller keeps come
/// back in the order the articles went in, exactly as reading them one by one gives.
struct CorpusExtractionTests {
    private static let bodies = [
        "Armenia's defence ministry said Azerbaijani forces shelled Jermuk overnight, killing two soldiers.",
        "Baku said Armenian units fired first near Kalbajar and that its army took retaliatory measures.",
        "The weather in Goris was mild on Tuesday.",
        "Russia's foreign ministry called on both sides to observe the ceasefire agreed in Moscow.",
    ]

    private static func articles(copies: Int) -> [Article] {
        (0..<copies).flatMap { copy in
            bodies.enumerated().map { index, body in
                ExtractionFixture.article(body, outlet: "Wire \(index)", id: "a\(copy)-\(index)")
            }
        }
    }

    @Test func claimsAndKeptValuesComeBackInInputOrder() throws {
        let pipeline = try ExtractionFixture.pipeline.get()
        let articles = Self.articles(copies: 20)
        var extraction = CorpusExtraction(pipeline: pipeline) { analysis in analysis.article.id }
        for article in articles { extraction.add(article) }
        let (read, kept) = extraction.finish()

        #expect(kept == articles.map(\.id))
        #expect(read.map(\.article.id) == articles.map(\.id))
        for (article, extracted) in zip(articles, read) {
            let alone = pipeline.analysis(of: article).claims
            #expect(extracted.claims.map(ExtractionFixture.summary) == alone.map(ExtractionFixture.summary), "\(article.id)")
        }
        #expect(read[2].claims.isEmpty, "the weather sentence makes no claim")
        let casualties = try #require(read[0].claims.first { $0.kind == .casualties && $0.party == .armeniaMod })
        #expect(read[0].article.sentence(of: casualties) == Self.bodies[0], "the claim's sentence is kept")
    }

    /// `make` runs in the workers; `keep` takes its results one at a time, in input order, on
    /// the caller's thread, where a side effect such as writing a page belongs.
    /// A claim keeps where its speaker and verb stand, not their text; the record of its
    /// article keeps that text, even when a quotation's speaker stands in the next sentence.
    @Test func theRecordKeepsEachClaimsSpeakerAndVerb() throws {
        let pipeline = try ExtractionFixture.pipeline.get()
        let body = """
            Fighting went on near Sotk all night.

            "Azerbaijani forces shelled our positions near Jermuk overnight. We will hold the line," the Armenian defence ministry said.
            """
        let article = ExtractionFixture.article(body)
        var extraction = CorpusExtraction(pipeline: pipeline) { _ in () }
        extraction.add(article)
        let record = try #require(extraction.finish().articles.first)
        let quoted = record.claims.filter { $0.party == .armeniaMod }
        #expect(!quoted.isEmpty)
        #expect(quoted.contains { !$0.sentence.contains(try! #require($0.speakerSpan)) }, "a speaker outside its claim's sentence")
        for claim in quoted {
            #expect(record.article.speaker(of: claim) == "the Armenian defence ministry")
            #expect(record.article.speaker(of: claim) == claim.speaker(in: article))
            #expect(record.article.verb(of: claim) == "said")
        }
        let narrator = record.claims.filter { $0.party == .narrator }
        #expect(narrator.allSatisfy { record.article.speaker(of: $0) == nil && record.article.verb(of: $0) == nil })
    }

    @Test func keepTakesWhatWasMadeInInputOrder() throws {
        let articles = Self.articles(copies: 12)
        var seen: [String] = []
        var extraction = CorpusExtraction(pipeline: try ExtractionFixture.pipeline.get()) { analysis in
            (id: analysis.article.id, claims: analysis.claims.count)
        } keep: { made in
            seen.append(made.id)
            return made.claims
        }
        for article in articles { extraction.add(article) }
        let (read, kept) = extraction.finish()
        #expect(seen == articles.map(\.id))
        #expect(kept == read.map(\.claims.count))
    }
}
