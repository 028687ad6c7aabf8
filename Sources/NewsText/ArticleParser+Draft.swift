/// Reads what an editor hands to `counterclaim check`: an article file with front matter, or
/// a plain draft with none.
///
///     Azerbaijani forces shelled Jermuk overnight, killing nearly 50 soldiers.
///
/// has no leading `---` line, so it is a draft: the whole text is the body, its id is
/// `draft`, its outlet is empty and it has no publication date (the caller may supply one).
extension ArticleParser {
    /// The id every draft gets.
    package static let draftID = "draft"

    /// An article when the text starts with a `---` line (parsed by `parse`, errors and all),
    /// else a draft.
    package static func parseArticleOrDraft(
        _ bytes: [UInt8], source: String, expectedID: String?
    ) throws(ArticleError) -> Article {
        if hasFrontMatter(bytes) { return try parse(bytes, source: source, expectedID: expectedID) }
        return try parseDraft(bytes, source: source)
    }

    /// Whether the first line (after a byte order mark) is the `---` that opens front matter.
    package static func hasFrontMatter(_ bytes: [UInt8]) -> Bool {
        var start = bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
        var end = bytes[start...].firstIndex(of: ASCII.newline) ?? bytes.count
        while start < end, ASCII.isSpace(bytes[start]) { start += 1 }
        while end > start, ASCII.isSpace(bytes[end - 1]) { end -= 1 }
        return bytes[start..<end].elementsEqual("---".utf8)
    }

    /// A draft: valid UTF-8, the body from its first line that is not blank.
    package static func parseDraft(_ bytes: [UInt8], source: String) throws(ArticleError) -> Article {
        let start = bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
        if let bad = firstInvalidUTF8Offset(in: bytes, from: start) {
            throw ArticleError(
                source: source, line: lineNumber(ofOffset: bad, in: bytes),
                message: "invalid UTF-8 (byte at offset \(bad)); save the draft as UTF-8")
        }
        // Leading blank lines are not part of the body, as in an article file.
        var bodyStart = start
        var offset = start
        while offset < bytes.count, ASCII.isSpace(bytes[offset]) {
            if bytes[offset] == ASCII.newline { bodyStart = offset + 1 }
            offset += 1
        }
        guard offset < bytes.count else {
            throw ArticleError(source: source, line: 1, message: "the draft is empty; give check the text to read")
        }
        return Article(
            id: draftID, outlet: "", published: nil, url: "", source: source,
            body: Array(bytes[bodyStart...]), bodyFirstLine: lineNumber(ofOffset: bodyStart, in: bytes))
    }
}
