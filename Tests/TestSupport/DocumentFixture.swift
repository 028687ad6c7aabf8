import Lexicons
import NewsText

/// Builds documents from plain strings, for tests that need tokens or sentences without an
/// article file:
///
///     let document = try DocumentFixture.document("Gen. Hasanov said. Baku denied it.")
///     document.sentences.map { document.text(of: $0) }
///     // ["Gen. Hasanov said.", "Baku denied it."]
package enum DocumentFixture {
    /// The shipped abbreviation list, loaded once for every fixture document.
    private static let shippedAbbreviations = Result { try Lexicon.bundled().abbreviations }

    /// A document whose body is exactly `body` (no front matter), segmented with the
    /// bundled abbreviation list.
    package static func document(_ body: String, id: String = "fixture") throws -> Document {
        try document(bytes: Array(body.utf8), id: id)
    }

    /// Like `document(_:id:)` for raw bytes, e.g. a corpus article's body.
    package static func document(bytes: [UInt8], id: String = "fixture") throws -> Document {
        let article = Article(
            id: id, outlet: "Fixture", published: nil, url: "", source: "\(id).md",
            body: bytes, bodyFirstLine: 1)
        return Document(article: article, segmenter: SentenceSegmenter(abbreviations: try shippedAbbreviations.get()))
    }

    /// The texts of a document's sentences, in order.
    package static func sentenceTexts(_ body: String) throws -> [String] {
        let document = try document(body)
        return document.sentences.map { document.text(of: $0) }
    }
}
