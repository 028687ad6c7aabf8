/// One fuzz input: an article file as `check` and `extract` read it, optionally preceded by a
/// user's lexicon file (`--lexicon`) that the article is then read with.
///
/// An input that opens with `#` and holds a `# columns:` line before its first `---` line is a
/// lexicon followed by an article:
///
///     # columns: phrase	party	role
///     Bako	azerbaijan-gov	capital
///     ---
///     id: fuzz
///     outlet: Caucasus Wire
///     ---
///     Bako said Armenian forces shelled Tovuz.
///
/// Anything else is the article alone: front matter and body, or a draft with none. So a
/// draft that starts with a Markdown heading (`# Clashes`) is still read as a draft.
struct FuzzInput {
    /// The lexicon file's bytes, nil when the input is an article alone.
    let lexicon: [UInt8]?
    /// The article's bytes, from its opening `---` (or the draft's first byte).
    let article: [UInt8]

    init(_ bytes: [UInt8]) {
        guard bytes.first == UInt8(ascii: "#"), let split = Self.lexiconEnd(in: bytes) else {
            lexicon = nil
            article = bytes
            return
        }
        lexicon = Array(bytes[..<split])
        article = Array(bytes[split...])
    }

    /// The offset of the first `---` line when a `# columns:` line comes before it.
    private static func lexiconEnd(in bytes: [UInt8]) -> Int? {
        var sawColumns = false
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            var line = bytes[lineStart..<lineEnd]
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            if line.elementsEqual("---".utf8) { return sawColumns ? lineStart : nil }
            if line.starts(with: "#".utf8), line.dropFirst().drop(while: { $0 == UInt8(ascii: " ") }).starts(with: "columns:".utf8) {
                sawColumns = true
            }
            lineStart = lineEnd + 1
        }
        return nil
    }
}
