import ClaimEngine
import Foundation
import NewsText
import Reconciliation

/// The shipped corpus, loaded and extracted with the real extractor, for tests of the
/// stages after extraction.
package enum ShippedCorpus {
    /// Every article of `Corpus/articles` with its claims, in file-name order.
    package static func articles() throws -> [ArticleClaims] {
        let extractor = try ExtractionFixture.extractor()
        return try parsed(in: CorpusLocation.corpus).map { ArticleClaims(article: $0, claims: extractor.claims(in: $0)) }
    }

    /// Every article of a corpus folder's `articles`, parsed, in file-name order.
    package static func parsed(in corpus: URL) throws -> [Article] {
        let folder = corpus.appendingPathComponent("articles")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        return try names.map { name in
            let id = String(name.dropLast(3))
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            return try ArticleParser.parse(bytes, source: "\(id).md", expectedID: id)
        }
    }

    /// The shipped corpus reconciled with the shipped lexicons.
    package static func reconciled() throws -> ReconciledCorpus {
        Reconciler().reconcile(try articles())
    }
}
