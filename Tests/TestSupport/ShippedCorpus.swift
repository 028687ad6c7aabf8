import ClaimEngine
import Foundation
import NewsText
import Reconciliation

/// The shipped corpus, loaded and extracted with the real extractor, for tests of the
/// stages after extraction.
package enum ShippedCorpus {
    /// Every article of `Corpus/articles` with its claims, in file-name order.
    package static func articles() throws -> [ArticleClaims] {
        let folder = CorpusLocation.corpus.appendingPathComponent("articles")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        let extractor = try ExtractionFixture.extractor()
        return try names.map { name in
            let id = String(name.dropLast(3))
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            let article = try ArticleParser.parse(bytes, source: "\(id).md", expectedID: id)
            return ArticleClaims(article: article, claims: extractor.claims(in: article))
        }
    }

    /// The shipped corpus reconciled with the shipped lexicons.
    package static func reconciled() throws -> ReconciledCorpus {
        Reconciler().reconcile(try articles())
    }
}
