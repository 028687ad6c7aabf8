import ClaimEngine
import Foundation
import NewsText
import Review
import TestSupport

/// Articles read by the real extractor with the shipped lexicons, for the review tests.
enum ReviewFixture {
    static let reviewer: Result<Reviewer, any Error> = Result { Reviewer(lexicon: try ExtractionFixture.pipeline.get().lexicon) }

    /// An article read by the shipped pipeline and reviewed.
    static func reviewed(_ article: Article) throws -> ReviewedArticle {
        try reviewer.get().review(ExtractionFixture.pipeline.get().analysis(of: article))
    }

    /// A news article (Caucasus Wire, published 2022-09-13) with this body, reviewed.
    static func reviewed(_ body: String, outlet: String = "Caucasus Wire") throws -> ReviewedArticle {
        try reviewed(ExtractionFixture.article(body, outlet: outlet))
    }

    /// The flags one rule raises on a body.
    static func flags(_ rule: any CheckRule, _ body: String) throws -> [Flag] {
        let article = try reviewed(body)
        return rule.flags(in: article)
    }

    /// One article of a small corpus written in a test.
    struct Written {
        let id: String
        let outlet: String
        var published = "2022-09-13"
        let body: String
    }

    /// The bias figures of articles written in a test, grouped into the reconciler's incidents.
    static func bias(_ articles: [Written]) throws -> CorpusBias {
        let reviewer = try reviewer.get()
        let reviewed = try articles.map {
            try Self.reviewed(ExtractionFixture.article($0.body, published: $0.published, outlet: $0.outlet, id: $0.id))
        }
        return CorpusBias(reviewed: reviewed, reviewer: reviewer)
    }

    /// The shipped corpus's bias figures, read once for all tests.
    static let corpusBias: Result<CorpusBias, any Error> = Result {
        CorpusBias(reviewed: try corpus.get(), reviewer: try reviewer.get())
    }

    /// Every article of the shipped corpus, reviewed once for all tests.
    static let corpus: Result<[ReviewedArticle], any Error> = Result {
        let folder = CorpusLocation.corpus.appendingPathComponent("articles")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        let inputs = try names.map { name in
            CorpusAssembler.Input(
                source: name, bytes: try [UInt8](Data(contentsOf: folder.appendingPathComponent(name))),
                expectedID: String(name.dropLast(3)))
        }
        return try CorpusAssembler.assemble(inputs).articles.map(reviewed)
    }
}
