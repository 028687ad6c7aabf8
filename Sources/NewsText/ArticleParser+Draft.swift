/// Reads what every command is handed: an article file with front matter, or a plain draft
/// with none.
///
///     Azerbaijani forces shelled Jermuk overnight, killing nearly 50 soldiers.
///
/// has no leading `---` line, so it is a draft: the whole text is the body, its id comes from
/// its name (`ArticleNaming`), its outlet is `(draft)` and it has no publication date (the
/// caller may supply one).
extension ArticleParser {
    /// The id of a draft read from standard input, or from a file whose name has no a-z or 0-9.
    package static let draftID = "draft"

    /// The outlet of every draft: it names no outlet, and pages that list outlets show this.
    package static let draftOutlet = "(draft)"

    /// An article when the text starts with a `---` line (parsed by `parse`, errors and all),
    /// else a web page (`parseWebPage`) when it is one, else a draft — unless `naming` is a labelled corpus's file, which must have front matter.
    package static func parseArticleOrDraft(
        _ bytes: [UInt8], source: String, naming: ArticleNaming
    ) throws(ArticleError) -> Article {
        try parseArticleOrDraftLocated(bytes, source: source, naming: naming).article
    }

    /// Like `parseArticleOrDraft`, and also the line of the `id:` field (nil for a draft, whose
    /// id comes from its name), for messages about ids.
    static func parseArticleOrDraftLocated(
        _ bytes: [UInt8], source: String, naming: ArticleNaming
    ) throws(ArticleError) -> (article: Article, idLine: Int?) {
        switch naming {
        case .loose(let draftID) where !hasFrontMatter(bytes) && isWebPage(bytes, source: source):
            return (try parseWebPage(bytes, source: source, id: draftID), nil)
        case .loose(let draftID) where !hasFrontMatter(bytes):
            return (try parseDraft(bytes, source: source, id: draftID), nil)
        default:
            let (article, idLine) = try parseLocated(bytes, source: source, expectedID: naming.requiredID)
            return (article, idLine)
        }
    }

    /// Whether the first line (after a byte order mark) is the `---` that opens front matter.
    package static func hasFrontMatter(_ bytes: [UInt8]) -> Bool {
        var start = bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
        var end = bytes[start...].firstIndex(of: ASCII.newline) ?? bytes.count
        while start < end, ASCII.isSpace(bytes[start]) { start += 1 }
        while end > start, ASCII.isSpace(bytes[end - 1]) { end -= 1 }
        return bytes[start..<end].elementsEqual("---".utf8)
    }

    /// Where the text starts (after a byte order mark), once it is known to be valid UTF-8;
    /// else an error at the first bad byte asking to save the `draft` (or `page`) as UTF-8.
    static func textStart(_ bytes: [UInt8], source: String, saveAs what: String) throws(ArticleError) -> Int {
        let start = bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
        if let bad = firstInvalidUTF8Offset(in: bytes, from: start) {
            throw ArticleError(
                source: source, line: lineNumber(ofOffset: bad, in: bytes),
                message: "invalid UTF-8 (byte at offset \(bad)); save the \(what) as UTF-8")
        }
        return start
    }

    /// A draft: valid UTF-8, the body from its first line that is not blank.
    package static func parseDraft(_ bytes: [UInt8], source: String, id: String = draftID) throws(ArticleError) -> Article {
        let start = try textStart(bytes, source: source, saveAs: "draft")
        // Leading blank lines are not part of the body, as in an article file.
        var bodyStart = start
        var offset = start
        while offset < bytes.count, ASCII.isSpace(bytes[offset]) {
            if bytes[offset] == ASCII.newline { bodyStart = offset + 1 }
            offset += 1
        }
        guard offset < bytes.count else {
            throw ArticleError(source: source, line: 1, message: "the draft is empty; give it the text to read")
        }
        return Article(
            id: id, outlet: draftOutlet, published: nil, url: "", source: source,
            body: Array(bytes[bodyStart...]), bodyFirstLine: lineNumber(ofOffset: bodyStart, in: bytes), isDraft: true)
    }
}
