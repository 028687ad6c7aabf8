import ClaimEngine
import NewsText
import Reconciliation

/// Small corpora written in a test — real article files with front matter, read by
/// `ArticleParser` and the shipped extractor — for tests of grouping and findings:
///
///     let corpus = try ReconciliationFixture.reconcile([
///         .init("wire-a", published: "2022-09-13", "Armenia said Azerbaijani forces shelled Jermuk on Tuesday."),
///         .init("wire-b", published: "2022-09-13", "Baku said Armenian units fired first near Jermuk on Tuesday."),
///     ])
package enum ReconciliationFixture {
    /// One article: id, outlet, publication date (nil for an article that gives none) and body.
    package struct Article: Sendable {
        package let id: String
        package let outlet: String
        package let published: String?
        package let body: String

        package init(_ id: String, outlet: String = "Caucasus Wire", published: String?, _ body: String) {
            self.id = id
            self.outlet = outlet
            self.published = published
            self.body = body
        }

        /// The article file as it would be saved in `Corpus/articles/<id>.md`.
        package var file: String {
            let date = published.map { "published: \($0)\n" } ?? ""
            return "---\nid: \(id)\noutlet: \(outlet)\n\(date)url: https://example.org/\(id)\n---\n\(body)\n"
        }
    }

    /// The articles parsed and extracted, in the order given.
    package static func inputs(_ articles: [Article]) throws -> [ArticleClaims] {
        let extractor = try ExtractionFixture.extractor()
        return try articles.map { fixture in
            let article = try ArticleParser.parse(Array(fixture.file.utf8), source: "\(fixture.id).md", expectedID: fixture.id)
            return ArticleClaims(article: article, claims: extractor.claims(in: article))
        }
    }

    /// The articles reconciled with the shipped lexicons.
    package static func reconcile(_ articles: [Article]) throws -> ReconciledCorpus {
        Reconciler().reconcile(try inputs(articles))
    }
}
