/// Byte-level helpers for ASCII text: classes from a table, digits, case folding.
package enum ASCII {
    package static let space = UInt8(ascii: " ")
    package static let tab = UInt8(ascii: "\t")
    package static let newline = UInt8(ascii: "\n")
    package static let carriageReturn = UInt8(ascii: "\r")

    @inline(__always) package static func isDigit(_ b: UInt8) -> Bool { b &- 48 < 10 }
    @inline(__always) package static func isUpper(_ b: UInt8) -> Bool { b &- 65 < 26 }
    @inline(__always) package static func isLower(_ b: UInt8) -> Bool { b &- 97 < 26 }
    @inline(__always) package static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 97 < 26 }
    @inline(__always) package static func isSpace(_ b: UInt8) -> Bool {
        b == space || b == tab || b == newline || b == carriageReturn
    }
    @inline(__always) package static func lowercased(_ b: UInt8) -> UInt8 {
        isUpper(b) ? b | 0x20 : b
    }

    /// The decimal value of a run of ASCII digits, or nil if any byte is not a digit.
    package static func integer(_ bytes: some Collection<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count < 19 else { return nil }
        var value = 0
        for b in bytes {
            guard isDigit(b) else { return nil }
            value = value * 10 + Int(b - 48)
        }
        return value
    }

    package static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
