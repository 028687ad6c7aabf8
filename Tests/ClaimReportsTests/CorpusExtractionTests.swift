import ClaimEngine
import ClaimReports
import Foundation
import NewsText
import Testing
import TestSupport

/// The extractor over the labelled corpus: every label is sound, and extraction finds the
/// gold claims. The floors are the scores measured when the corpus was labelled; a rule
/// change that drops below them is a regression.
struct CorpusExtractionTests {
    static let parties = Set(Party.allCases.map(\.rawValue))

    struct Labelled {
        let article: Article
        let gold: GoldLabels
    }

    static func labelled() throws -> [Labelled] {
        let folder = CorpusLocation.corpus
        let labels = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("labels").path)
            .filter { $0.hasSuffix(".json") }.sorted()
        return try labels.map { name in
            let id = String(name.dropLast(5))
            let gold = try GoldLabels.decode(Data(contentsOf: folder.appendingPathComponent("labels/\(name)")))
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent("articles/\(id).md")))
            let article = try ArticleParser.parse(bytes, source: "\(id).md", expectedID: id)
            return Labelled(article: article, gold: gold)
        }
    }

    @Test func atLeastTwelveLabelledArticles() throws {
        #expect(try Self.labelled().count >= 12)
    }

    @Test func everyLabelIsSound() throws {
        for item in try Self.labelled() {
            #expect(item.gold.document == item.article.id)
            let body = item.article.text(ByteRange(0, item.article.body.count))
            for (index, claim) in item.gold.claims.enumerated() {
                let place = "\(item.article.id) claim \(index)"
                #expect(Self.parties.contains(claim.party), "\(place): party \(claim.party)")
                #expect(ClaimKind(rawValue: claim.kind) != nil, "\(place): kind \(claim.kind)")
                #expect(claim.outcome.map { Outcome(rawValue: $0) != nil } ?? true, "\(place): outcome")
                #expect(body.contains(claim.quote), "\(place): quote not in article: \(claim.quote)")
                #expect(Party(rawValue: claim.party)?.side.rawValue == claim.side, "\(place): side")
            }
        }
    }

    @Test func extractionFindsTheGoldClaims() throws {
        let items = try Self.labelled()
        let extractor = try ExtractionFixture.extractor()
        var score = DetectionScore()
        for item in items {
            score.add(predicted: extractor.claims(in: item.article), gold: item.gold, article: item.article)
        }
        // 0.91 since the three articles added with Corpus/findings.json (2022-09-13/14).
        #expect(score.precision >= 0.91, "precision \(score.precision)")
        #expect(score.recall >= 0.74, "recall \(score.recall)")
        #expect(score.partyAccuracy >= 0.75, "party accuracy \(score.partyAccuracy)")
    }

    @Test func corpusHeadlineClaims() throws {
        let item = try #require(try Self.labelled().first { $0.article.id == "wire-2022-09-13-border-clashes" })
        let extractor = try ExtractionFixture.extractor()
        let claims = extractor.claims(in: item.article).map(ExtractionFixture.summary)
        #expect(claims.prefix(3) == [
            "armenia-gov indirect casualties victim=armenia outcome=killed count=49...49",
            "armenia-gov indirect attack aggressor=azerbaijan target=armenia",
            "azerbaijan-gov indirect attack aggressor=armenia target=azerbaijan",
        ])
    }
}
