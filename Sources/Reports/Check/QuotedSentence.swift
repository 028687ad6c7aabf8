import Review
import Writers

/// A sentence of an article quoted as a Markdown block quote, exactly as written but unable
/// to inject anything: `Markdown.cell` escapes HTML, links, code, emphasis and table pipes
/// and joins lines; a leading `-`, `+`, `=` or `1.` is escaped too, so the quote cannot turn
/// into a list or a heading underline.
enum QuotedSentence {
    static func markdown(_ text: String) -> String {
        let escaped = Markdown.cell(text)
        var bytes = Array(escaped.utf8)
        let digits = bytes.prefix { $0 >= 48 && $0 <= 57 }.count
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "=") {
            bytes.insert(92, at: 0)
        } else if digits > 0, digits < bytes.count, bytes[digits] == UInt8(ascii: ".") {
            bytes.insert(92, at: digits)
        }
        return "> " + String(decoding: bytes, as: UTF8.self)
    }
}
