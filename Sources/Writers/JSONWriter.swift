/// Writes JSON with keys in the order given, so output is byte-for-byte deterministic.
///
/// Foundation's `JSONEncoder` orders keys alphabetically at best; the extract contract
/// (DESIGN.md) fixes an order that reads like the label format, so this writer keeps it.
package struct JSONWriter {
    package private(set) var output: String = ""
    private var needsComma: [Bool] = [false]

    package init() {}

    /// Hands over the text written so far and starts empty, the nesting kept: a long
    /// document is written out piece by piece instead of held whole.
    package mutating func flush() -> String {
        defer { output = "" }
        return output
    }

    /// Hands the text written so far to `stream` once it holds `size` bytes or more: an
    /// object that grows with the corpus (an incident with thousands of claims) goes out
    /// in pieces instead of being held whole.
    package mutating func spill(to stream: inout some TextOutputStream, atLeast size: Int = 1 << 16) {
        if output.utf8.count >= size { stream.write(flush()) }
    }

    package mutating func beginObject() { value(); output += "{"; needsComma.append(false) }
    package mutating func endObject() { needsComma.removeLast(); breakLine(); output += "}" }
    package mutating func beginArray() { value(); output += "["; needsComma.append(false) }
    package mutating func endArray() { needsComma.removeLast(); breakLine(); output += "]" }

    /// Starts the next key, value or closing bracket on a new line with this indent, after
    /// any comma: for files people read in a diff, such as a committed baseline.
    package mutating func lineBreak(indent: Int) {
        pendingLineBreak = "\n" + String(repeating: " ", count: indent)
    }

    package mutating func key(_ name: String) {
        separate()
        output += Self.quoted(name)
        output += ":"
        needsComma[needsComma.count - 1] = false
        pendingKey = true
    }

    package mutating func string(_ text: String?) {
        value()
        output += text.map(Self.quoted) ?? "null"
    }

    package mutating func int(_ number: Int?) {
        value()
        output += number.map(String.init) ?? "null"
    }

    /// A number with exactly `places` decimals (`0.812`), or null.
    package mutating func decimal(_ number: Double?, places: Int) {
        value()
        output += number.map { FixedPoint.text($0, places: places) } ?? "null"
    }

    package mutating func bool(_ flag: Bool) {
        value()
        output += flag ? "true" : "false"
    }

    package mutating func null() { value(); output += "null" }

    private var pendingKey = false
    private var pendingLineBreak: String?

    /// Before a value: a comma if it follows another value in the same container.
    private mutating func value() {
        if pendingKey {
            pendingKey = false
        } else {
            separate()
        }
        needsComma[needsComma.count - 1] = true
    }

    private mutating func separate() {
        if needsComma[needsComma.count - 1] { output += "," }
        breakLine()
    }

    private mutating func breakLine() {
        if let pendingLineBreak { output += pendingLineBreak }
        pendingLineBreak = nil
    }

    /// A JSON string literal; escapes quotes, backslashes and control characters.
    package static func quoted(_ text: String) -> String {
        // Most text needs no escape: one scan, one copy.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            return "\"" + text + "\""
        }
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [92, 34]
            case UInt8(ascii: "\\"): bytes += [92, 92]
            case UInt8(ascii: "\n"): bytes += [92, 110]
            case UInt8(ascii: "\r"): bytes += [92, 114]
            case UInt8(ascii: "\t"): bytes += [92, 116]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes += [92, 117, 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            default: bytes.append(byte)
            }
        }
        result += String(decoding: bytes, as: UTF8.self)
        result += "\""
        return result
    }
}
