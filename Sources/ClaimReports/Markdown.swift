/// Escaping for text quoted into GitHub-flavoured Markdown.
package enum Markdown {
    /// Text safe inside a table cell: it cannot end the cell, start a heading, open a link,
    /// inject HTML or code, or break the row.
    package static func cell(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "<"): bytes += Array("&lt;".utf8)
            case UInt8(ascii: ">"): bytes += Array("&gt;".utf8)
            case UInt8(ascii: "&"): bytes += Array("&amp;".utf8)
            case UInt8(ascii: "|"), UInt8(ascii: "`"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "*"),
                UInt8(ascii: "_"), UInt8(ascii: "#"), UInt8(ascii: "\\"), UInt8(ascii: "("), UInt8(ascii: ")"),
                UInt8(ascii: "!"), UInt8(ascii: "~"):
                bytes += [92, byte]
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
