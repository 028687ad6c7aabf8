/// Writes JSON with keys in the order given, so output is byte-for-byte deterministic.
///
/// Foundation's `JSONEncoder` orders keys alphabetically at best; the extract contract
/// (DESIGN.md) fixes an order that reads like the label format, so this writer keeps it.
package struct JSONWriter {
    /// The UTF-8 written so far: appending bytes is a copy, where appending to a `String`
    /// costs a capacity check and a bridge for every piece (JSON writing was a quarter of
    /// `extract`'s instructions).
    private var bytes: [UInt8] = []
    private var needsComma: [Bool] = [false]

    package init() {}

    /// The text written so far.
    package var output: String { String(decoding: bytes, as: UTF8.self) }

    /// Hands over the text written so far and starts empty, the nesting kept: a long
    /// document is written out piece by piece instead of held whole.
    package mutating func flush() -> String {
        defer { bytes.removeAll(keepingCapacity: true) }
        return output
    }

    /// Hands the text written so far to `stream` once it holds `size` bytes or more: an
    /// object that grows with the corpus (an incident with thousands of claims) goes out
    /// in pieces instead of being held whole.
    package mutating func spill(to stream: inout some TextOutputStream, atLeast size: Int = 1 << 16) {
        if bytes.count >= size { stream.write(flush()) }
    }

    package mutating func beginObject() { value(); bytes.append(UInt8(ascii: "{")); needsComma.append(false) }
    package mutating func endObject() { needsComma.removeLast(); breakLine(); bytes.append(UInt8(ascii: "}")) }
    package mutating func beginArray() { value(); bytes.append(UInt8(ascii: "[")); needsComma.append(false) }
    package mutating func endArray() { needsComma.removeLast(); breakLine(); bytes.append(UInt8(ascii: "]")) }

    /// Starts the next key, value or closing bracket on a new line with this indent, after
    /// any comma: for files people read in a diff, such as a committed baseline.
    package mutating func lineBreak(indent: Int) {
        pendingLineBreak = indent
    }

    /// Ends a JSON Lines record: a line break, after which the next value starts a new record
    /// rather than following this one.
    package mutating func endRecord() {
        precondition(needsComma.count == 1, "a record ends outside every object and array")
        bytes.append(UInt8(ascii: "\n"))
        needsComma[0] = false
    }

    package mutating func key(_ name: String) {
        separate()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma[needsComma.count - 1] = false
        pendingKey = true
    }

    package mutating func string(_ text: String?) {
        value()
        if let text { appendQuoted(text) } else { append("null") }
    }

    package mutating func int(_ number: Int?) {
        value()
        append(number.map(String.init) ?? "null")
    }

    /// A number with exactly `places` decimals (`0.812`), or null.
    package mutating func decimal(_ number: Double?, places: Int) {
        value()
        append(number.map { FixedPoint.text($0, places: places) } ?? "null")
    }

    package mutating func bool(_ flag: Bool) {
        value()
        append(flag ? "true" : "false")
    }

    package mutating func null() { value(); append("null") }

    private var pendingKey = false
    /// The indent of a line break due before the next piece, if any.
    private var pendingLineBreak: Int?

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
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        breakLine()
    }

    private mutating func breakLine() {
        guard let indent = pendingLineBreak else { return }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
        pendingLineBreak = nil
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func appendQuoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most text needs no escape: one scan of its contiguous bytes, one copy.
        var text = text
        text.withUTF8 { utf8 in
            if utf8.contains(where: Self.needsEscape) {
                Self.escape(utf8, into: &bytes)
            } else {
                bytes.append(contentsOf: utf8)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// Escapes quotes, backslashes and control characters.
    private static func escape(_ utf8: some Sequence<UInt8>, into bytes: inout [UInt8]) {
        for byte in utf8 {
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
    }

    /// A JSON string literal; escapes quotes, backslashes and control characters.
    package static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        bytes.append(UInt8(ascii: "\""))
        escape(text.utf8, into: &bytes)
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }
}
