/// Escaping for text quoted into GitHub-flavoured Markdown.
///
/// Quoted article text is hostile until proven otherwise: a sentence may hold `|`, backticks,
/// `<script>`, `[x](javascript:…)`, a leading `#` or a line break. Escaped, it renders as the
/// same plain text on one line — inside a table cell, a list item or a blockquote — and can
/// never end the cell, start a heading or list, open a link or autolink, or inject HTML, code,
/// emphasis or math:
///
///     Markdown.inline("<script>alert(1)</script>")  // "&lt;script&gt;alert\(1\)&lt;/script&gt;"
///     Markdown.inline("# [x](javascript:alert(1))") // "\# \[x\]\(javascript:alert\(1\)\)"
///
/// HTML-significant characters become entities; Markdown punctuation gets a backslash, which
/// CommonMark allows before any ASCII punctuation. GitHub finds bare URLs and e-mail addresses
/// in the text *after* escapes are resolved, so no escape stops those autolinks: there an
/// empty comment `<!-- -->` splits the text, which renders as nothing —
/// `me@<!-- -->example.org`, `https:<!-- -->//example.org`, `www<!-- -->.example.org`.
package enum Markdown {
    /// Text safe inside a table cell: `inline`, which also escapes `|`.
    package static func cell(_ text: String) -> String { inline(text) }

    /// Text safe as one line anywhere in a document: a cell, a list item, after `> `.
    package static func inline(_ text: String) -> String {
        let source = Array(text.utf8)
        var start = 0
        var end = source.count
        // Leading blanks would make an indented code block; trailing ones a hard break.
        while start < end, isBlank(source[start]) { start += 1 }
        while end > start, isBlank(source[end - 1]) { end -= 1 }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(end - start + 16)
        var index = start
        while index < end {
            defer { index += 1 }
            let byte = source[index]
            // A bidirectional control would let quoted text show "50" where it holds "05";
            // rendered text is shown in its stored order.
            if let length = BidiControl.length(at: index, in: source) {
                index += length - 1
                continue
            }
            switch byte {
            case UInt8(ascii: "<"): bytes += Array("&lt;".utf8)
            case UInt8(ascii: ">"): bytes += Array("&gt;".utf8)
            case UInt8(ascii: "&"): bytes += Array("&amp;".utf8)
            case 0..<0x20, 0x7F: bytes.append(UInt8(ascii: " "))  // line breaks, tabs, control bytes
            case _ where isAlwaysEscaped(byte):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case _ where startsAutolink(at: index, in: source, from: start):
                if byte == UInt8(ascii: ".") { bytes += splitter + [byte] } else { bytes += [byte] + splitter }
            case _ where needsEscape(at: index, in: source, from: start): bytes += [UInt8(ascii: "\\"), byte]
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A blockquote of quoted text, on one line: `> Armenia said …`.
    package static func blockquote(_ text: String) -> String {
        "> " + inline(text)
    }

    /// Punctuation that means something anywhere in a line: code, emphasis, strikethrough,
    /// links and images, tables, math, headings, escapes.
    private static func isAlwaysEscaped(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"),
            UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "!"),
            UInt8(ascii: "|"), UInt8(ascii: "$"), UInt8(ascii: "#"):
            return true
        default:
            return false
        }
    }

    /// Punctuation that means something only at the start of the line: a list or
    /// thematic-break marker (`-`, `+`, `=`) or the `.`/`)` of an ordered list (`1986. …`).
    private static func needsEscape(at index: Int, in source: [UInt8], from start: Int) -> Bool {
        let byte = source[index]
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="):
            return index == start
        case UInt8(ascii: "."), UInt8(ascii: ")"):
            return index > start && source[start..<index].allSatisfy(isDigit)
        default:
            return false
        }
    }

    /// Where GitHub would start an autolink: the `:` of `://`, the `.` of `www.`, the `@` of
    /// `name@domain`.
    private static func startsAutolink(at index: Int, in source: [UInt8], from start: Int) -> Bool {
        switch source[index] {
        case UInt8(ascii: ":"):
            return index + 1 < source.count && source[index + 1] == UInt8(ascii: "/")
        case UInt8(ascii: "."):
            return index >= start + 3 && source[(index - 3)..<index].allSatisfy { $0 | 0x20 == UInt8(ascii: "w") }
        case UInt8(ascii: "@"):
            return index > start && index + 1 < source.count && isWordByte(source[index - 1]) && isWordByte(source[index + 1])
        default:
            return false
        }
    }

    /// An empty HTML comment: it renders as nothing and splits the text around it.
    private static let splitter = Array("<!-- -->".utf8)

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    private static func isLetter(_ byte: UInt8) -> Bool { byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z") }
    private static func isWordByte(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) || byte >= 0x80 }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
