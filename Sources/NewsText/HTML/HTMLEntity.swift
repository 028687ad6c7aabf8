/// Character references of HTML text: `&rsquo;` → `’`, `&#8217;` and `&#x2019;` → `’`.
///
/// The named ones are a Swift table, not a data file: they are markup, fixed by the HTML
/// standard, not words a newsroom edits, and a table in code cannot fail to load. It holds the
/// references news pages use for punctuation and spacing; any other `&name;` is kept as written
/// (the full standard lists over 2,000).
enum HTMLEntity {
    /// The named references decoded, without `&` and `;`. `&nbsp;` is a plain space, so that it
    /// separates words as a space does and collapses with the spaces around it.
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "hellip": "\u{2026}", "laquo": "\u{00AB}",
        "raquo": "\u{00BB}", "sbquo": "\u{201A}", "bdquo": "\u{201E}", "minus": "\u{2212}",
        "thinsp": " ", "ensp": " ", "emsp": " ", "shy": "", "zwj": "\u{200D}", "zwnj": "\u{200C}",
        "copy": "\u{00A9}", "reg": "\u{00AE}", "deg": "\u{00B0}", "bull": "\u{2022}", "middot": "\u{00B7}",
    ]

    /// The longest reference looked at: `&#x10FFFF;` and every name in `named` fit.
    private static let longest = 10

    /// Appends `bytes[range]` to `output` with every reference it knows decoded; an unknown
    /// or unterminated one (`&foo;`, `AT&T`) is kept as written. A numeric reference to no
    /// character (`&#0;`, a surrogate, above U+10FFFF) becomes U+FFFD.
    static func decode(_ bytes: [UInt8], _ range: Range<Int>, into output: inout [UInt8]) {
        var i = range.lowerBound
        while i < range.upperBound {
            let byte = bytes[i]
            guard byte == UInt8(ascii: "&"),
                let semicolon = bytes[(i + 1)..<min(range.upperBound, i + 2 + longest)].firstIndex(of: UInt8(ascii: ";")),
                let decoded = reference(bytes[(i + 1)..<semicolon])
            else {
                output.append(byte)
                i += 1
                continue
            }
            output += decoded
            i = semicolon + 1
        }
    }

    /// The bytes `name` (between `&` and `;`) stands for, or nil when it is not a reference.
    private static func reference(_ name: ArraySlice<UInt8>) -> [UInt8]? {
        guard let first = name.first else { return nil }
        guard first == UInt8(ascii: "#") else {
            return named[String(decoding: name, as: UTF8.self)].map { Array($0.utf8) }
        }
        var digits = name.dropFirst()
        var radix: UInt32 = 10
        if let x = digits.first, x | 0x20 == UInt8(ascii: "x") {
            radix = 16
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty else { return nil }
        var value: UInt32 = 0
        for digit in digits {
            guard let d = hexValue(digit), d < radix else { return nil }
            value = min(value * radix + d, 0x110000)
        }
        let scalar = value == 0 ? nil : Unicode.Scalar(value)
        return Array(String(Character(scalar ?? "\u{FFFD}")).utf8)
    }

    private static func hexValue(_ b: UInt8) -> UInt32? {
        if ASCII.isDigit(b) { return UInt32(b - 48) }
        let lower = b | 0x20
        return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f") ? UInt32(lower - 87) : nil
    }
}
