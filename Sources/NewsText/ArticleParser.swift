/// Parses one article file — front matter, then the body as published — into an `Article`.
///
/// The input is the file's bytes; this module never touches the file system:
///
///     ---
///     id: wire-2022-09-13-border
///     outlet: Caucasus Wire
///     published: 2022-09-13
///     url: https://example.org/wire-2022-09-13-border
///     ---
///     Armenia's defence ministry said Azerbaijani forces shelled positions near Jermuk.
///
/// `ArticleParser.parse(bytes, source: "Corpus/articles/wire-2022-09-13-border.md",
/// expectedID: "wire-2022-09-13-border")` returns that article with `bodyFirstLine` 7.
///
/// The rules:
/// - A UTF-8 byte order mark at the start is skipped; the whole file must be valid UTF-8.
/// - Lines may end in LF or CRLF. Front matter values never keep the `\r`; the body keeps
///   its bytes exactly as read, CRLF included, minus leading blank lines.
/// - The front matter is the block between a first line `---` and the next `---` line.
///   Each non-blank line in it is `key: value`, split at the first colon (so a URL keeps
///   its colons); blank lines and `#` comment lines are ignored; a value wrapped in a
///   matching pair of `"` or `'` loses the quotes. Keys are case-sensitive, and a key may
///   appear only once.
/// - Unknown keys (`author: …`, `section: …`) are ignored, so newer corpora still load,
///   but each is a warning on its line, with the known key it may be a misspelling of
///   (`publised` → `published`): a misspelt optional key would otherwise pass unseen.
/// - `id` is required, `[a-z0-9-]+`, and equal to `expectedID` when one is given.
///   `outlet` is required and non-empty. `published` is `YYYY-MM-DD` in the years
///   `CalendarDate.newsYears`, or empty/absent (nil). `url` may be empty or absent.
/// - The body must hold more than whitespace.
///
/// A missing required key is reported on the opening `---` line; every other problem on
/// the line that holds it.
package enum ArticleParser {
    /// Parses the bytes of one article file.
    ///
    /// - Parameters:
    ///   - bytes: the whole file, e.g. `Array("---\nid: wire-2022-09-13-border\n…".utf8)`.
    ///   - source: the path as the user named it, or `-` for stdin; used in errors.
    ///   - expectedID: the file name without `.md`, which the `id` must equal; nil for stdin.
    package static func parse(
        _ bytes: [UInt8], source: String, expectedID: String?
    ) throws(ArticleError) -> Article {
        try parseLocated(bytes, source: source, expectedID: expectedID).article
    }

    /// Like `parse`, and also returns the line of the `id:` field, for messages about ids.
    static func parseLocated(
        _ bytes: [UInt8], source: String, expectedID: String?
    ) throws(ArticleError) -> (article: Article, idLine: Int) {
        let start = bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
        if let bad = firstInvalidUTF8Offset(in: bytes, from: start) {
            throw ArticleError(
                source: source, line: lineNumber(ofOffset: bad, in: bytes),
                message: "invalid UTF-8 (byte 0x\(hex(bytes[bad])) at byte offset \(bad)); save the file as UTF-8")
        }
        var cursor = LineCursor(bytes: bytes, offset: start)
        let front = try FrontMatter(&cursor, bytes: bytes, source: source)
        let id = try front.id(expected: expectedID)
        let outlet = try front.outlet()
        let published = try front.published()
        let warnings = unknownKeyWarnings(front.fields, source: source)

        // The body starts at its first non-blank line.
        while let line = cursor.next() {
            guard bytes[line.content].allSatisfy(ASCII.isSpace) else {
                let article = Article(
                    id: id.value, outlet: outlet, published: published,
                    url: front.fields["url"]?.value ?? "", source: source,
                    body: Array(bytes[line.content.lowerBound...]), bodyFirstLine: line.number, warnings: warnings)
                return (article, id.line)
            }
        }
        throw front.failure(front.closing + 1, "article body is empty; write the article text after the closing `---`")
    }

    /// The `key: value` lines between the two `---` fences, and the lines of the fences.
    private struct FrontMatter {
        let source: String
        /// The lines of the opening and closing fences.
        let opening: Int
        let closing: Int
        var fields: [String: Field] = [:]

        /// Reads the front matter from `cursor`, leaving it on the first line after it.
        init(_ cursor: inout LineCursor, bytes: [UInt8], source: String) throws(ArticleError) {
            self.source = source
            guard let opening = cursor.next(), ArticleParser.isFence(opening, in: bytes) else {
                throw ArticleError(
                    source: source, line: 1,
                    message: "missing front matter; start the file with a `---` line, then `key: value` lines"
                        + " (id, outlet, published, url), then a closing `---` line")
            }
            self.opening = opening.number
            // Find the closing fence first, so that a forgotten `---` is reported as such and
            // not as a body line that fails to look like `key: value`.
            var fieldLines: [Line] = []
            var closing: Line?
            while let line = cursor.next() {
                if ArticleParser.isFence(line, in: bytes) {
                    closing = line
                    break
                }
                fieldLines.append(line)
            }
            guard let closing else {
                throw ArticleError(
                    source: source, line: opening.number,
                    message: "front matter is not closed; add a `---` line after the last `key: value` line")
            }
            self.closing = closing.number
            for line in fieldLines { try read(line, in: bytes) }
        }

        private mutating func read(_ line: Line, in bytes: [UInt8]) throws(ArticleError) {
            let content = ArticleParser.trimmed(line.content, in: bytes)
            if content.isEmpty || bytes[content.lowerBound] == UInt8(ascii: "#") { return }
            guard let (keyRange, valueRange) = ArticleParser.keyAndValue(content, in: bytes) else {
                throw failure(
                    line.number, "front matter line is not `key: value`; write one field per line, e.g. `outlet: Caucasus Wire`")
            }
            let key = String(decoding: bytes[keyRange], as: UTF8.self)
            if let first = fields[key] {
                throw failure(line.number, "duplicate key `\(key)` (first on line \(first.line)); keep only one")
            }
            fields[key] = Field(value: String(decoding: bytes[valueRange], as: UTF8.self), line: line.number)
        }

        func failure(_ line: Int, _ message: String) -> ArticleError {
            ArticleError(source: source, line: line, message: message)
        }

        /// The `id`, which must equal the file name (`expected`) when there is one.
        func id(expected: String?) throws(ArticleError) -> Field {
            guard let id = fields["id"] else {
                let example = expected.map { "`id: \($0)`, the file name without `.md`" } ?? "an `id:` line"
                throw failure(opening, "front matter has no `id`; add \(example)")
            }
            guard !id.value.isEmpty else {
                throw failure(id.line, "id is empty; give the article an id of a-z, 0-9 and `-`")
            }
            guard id.value.utf8.allSatisfy(ArticleParser.isIDByte) else {
                throw failure(id.line, "id `\(id.value)` may contain only a-z, 0-9 and `-`; rename the article and its file")
            }
            if let expected, id.value != expected {
                throw failure(
                    id.line,
                    "id `\(id.value)` does not match the file name `\(expected).md`;"
                        + " the file name and id must agree: rename the file or change the id")
            }
            return id
        }

        func outlet() throws(ArticleError) -> String {
            guard let outlet = fields["outlet"] else {
                throw failure(
                    opening, "front matter has no `outlet`; add who published the article, e.g. `outlet: Caucasus Wire`")
            }
            guard !outlet.value.isEmpty else {
                throw failure(outlet.line, "outlet is empty; name who published the article, e.g. `outlet: Caucasus Wire`")
            }
            return outlet.value
        }

        /// The publication day; nil when `published` is absent or empty.
        func published() throws(ArticleError) -> CalendarDate? {
            guard let field = fields["published"], !field.value.isEmpty else { return nil }
            guard let date = CalendarDate(iso: field.value) else {
                throw failure(
                    field.line,
                    "published `\(field.value)` is not a real date in YYYY-MM-DD form;"
                        + " write e.g. `published: 2022-09-13`, or leave it empty if unknown")
            }
            // Relative dates are resolved against it; a year like 0000 would make them nonsense.
            guard CalendarDate.newsYears.contains(date.year) else {
                throw failure(
                    field.line,
                    "published `\(field.value)` is outside the years \(CalendarDate.newsYears.lowerBound)–"
                        + "\(CalendarDate.newsYears.upperBound); fix the year, or leave it empty if unknown")
            }
            return date
        }
    }

    /// The front-matter keys DESIGN.md defines, in the order they are written.
    static let knownKeys = ["id", "outlet", "published", "url"]

    /// Levenshtein distance between two short keys.
    private static func editDistance(_ first: String, _ second: String) -> Int {
        let a = Array(first.utf8)
        let b = Array(second.utf8)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// A warning for each key DESIGN.md does not define, in line order.
    private static func unknownKeyWarnings(_ fields: [String: Field], source: String) -> [ArticleWarning] {
        fields.filter { !knownKeys.contains($0.key) }.sorted { $0.value.line < $1.value.line }.map { key, field in
            let hint =
                knownKeys.first { editDistance($0, key.lowercased()) <= 2 }.map { "did you mean `\($0)`?" }
                ?? "the keys are \(knownKeys.joined(separator: ", "))"
            return ArticleWarning(source: source, line: field.line, message: "unknown front-matter key `\(key)` is ignored; \(hint)")
        }
    }

    // MARK: - Bytes

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    private struct Field {
        let value: String
        let line: Int
    }

    private static func isFence(_ line: Line, in bytes: [UInt8]) -> Bool {
        bytes[trimmed(line.content, in: bytes)].elementsEqual("---".utf8)
    }

    private static func isKeyByte(_ b: UInt8) -> Bool {
        ASCII.isLetter(b) || ASCII.isDigit(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: "_")
    }

    private static func isIDByte(_ b: UInt8) -> Bool {
        ASCII.isLower(b) || ASCII.isDigit(b) || b == UInt8(ascii: "-")
    }

    /// Splits `outlet: "Caucasus Wire"` at its first colon into the key `outlet` and the
    /// value `Caucasus Wire`; nil unless the key is `[A-Za-z0-9_-]+`.
    private static func keyAndValue(
        _ line: Range<Int>, in bytes: [UInt8]
    ) -> (key: Range<Int>, value: Range<Int>)? {
        guard let colon = bytes[line].firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let key = trimmed(line.lowerBound..<colon, in: bytes)
        guard !key.isEmpty, bytes[key].allSatisfy(isKeyByte) else { return nil }
        return (key, unquoted(trimmed(colon + 1..<line.upperBound, in: bytes), in: bytes))
    }

    /// The range without leading and trailing spaces, tabs and carriage returns.
    private static func trimmed(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, ASCII.isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, ASCII.isSpace(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// `"Caucasus Wire"` or `'Caucasus Wire'` → `Caucasus Wire`; anything else unchanged.
    private static func unquoted(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        guard range.count >= 2 else { return range }
        let quote = bytes[range.lowerBound]
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'"), bytes[range.upperBound - 1] == quote
        else { return range }
        return range.lowerBound + 1..<range.upperBound - 1
    }

    package static func lineNumber(ofOffset offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for b in bytes[0..<offset] where b == ASCII.newline { line += 1 }
        return line
    }

    private static func hex(_ b: UInt8) -> String {
        let digits = String(b, radix: 16, uppercase: true)
        return b < 0x10 ? "0" + digits : digits
    }

    /// The offset of the first byte that does not start a well-formed UTF-8 sequence
    /// (Unicode Table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF), or nil.
    ///
    /// For `Caf\u{E9}` saved as Latin-1, `[0x43, 0x61, 0x66, 0xE9]`, this is 3.
    package static func firstInvalidUTF8Offset(in bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        let count = bytes.count
        while i < count {
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            // The sequence length, and the range its second byte must fall in.
            let (length, second): (Int, ClosedRange<UInt8>)
            switch lead {
            case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
            case 0xE0: (length, second) = (3, 0xA0...0xBF)
            case 0xED: (length, second) = (3, 0x80...0x9F)
            case 0xE1...0xEF: (length, second) = (3, 0x80...0xBF)
            case 0xF0: (length, second) = (4, 0x90...0xBF)
            case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
            case 0xF4: (length, second) = (4, 0x80...0x8F)
            default: return i
            }
            guard i + length <= count, second.contains(bytes[i + 1]) else { return i }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }
}

/// One line of a file: its 1-based number and its bytes without `\n` or the `\r` before it.
private struct Line {
    let number: Int
    let content: Range<Int>
}

/// Walks a byte array line by line, as swift-syntax's lexer cursor walks tokens.
private struct LineCursor {
    let bytes: [UInt8]
    /// The offset where the next line starts.
    var offset: Int
    /// The 1-based number of the next line.
    var number = 1

    mutating func next() -> Line? {
        guard offset < bytes.count else { return nil }
        let start = offset
        let newline = bytes[start...].firstIndex(of: ASCII.newline)
        var end = newline ?? bytes.count
        offset = newline.map { $0 + 1 } ?? bytes.count
        if end > start, bytes[end - 1] == ASCII.carriageReturn { end -= 1 }
        defer { number += 1 }
        return Line(number: number, content: start..<end)
    }
}
