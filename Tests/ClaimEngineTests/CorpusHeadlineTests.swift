import Foundation
import NewsText
import TestSupport
import Testing

/// The first claims of a shipped article, in order: the corpus regression check is the
/// baseline gate (`counterclaim eval --baseline`); this pins down one article end to end.
struct CorpusHeadlineTests {
    @Test func headlineAndLeadClaims() throws {
        let id = "wire-2022-09-13-border-clashes"
        let file = CorpusLocation.corpus.appendingPathComponent("articles/\(id).md")
        let article = try ArticleParser.parse([UInt8](try Data(contentsOf: file)), source: file.path, expectedID: id)
        let claims = try ExtractionFixture.extractor().claims(in: article).map(ExtractionFixture.summary)
        #expect(
            claims.prefix(3) == [
                "armenia-gov indirect casualties victim=armenia outcome=killed count=49...49",
                "armenia-gov indirect attack aggressor=azerbaijan target=armenia",
                "azerbaijan-gov indirect attack aggressor=armenia target=azerbaijan",
            ])
    }
}
