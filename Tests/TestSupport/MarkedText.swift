import NewsText

/// A sentence written with its expected spans marked inline, so a test states where the
/// speaker, the verb and what is said stand without counting bytes:
///
///     let marked = MarkedText("[[Aravia's defence ministry]] {{said}} <<Belmarkian forces shelled Fernhill>>.")
///     marked.text        // "Aravia's defence ministry said Belmarkian forces shelled Fernhill."
///     marked.speaker     // the bytes of "Aravia's defence ministry" in `text`
///
/// `[[…]]` marks the speaker, `{{…}}` the reporting verb and `<<…>>` the content; each at most
/// once. The markers are ASCII and removed from `text`; spans are byte ranges into it.
package struct MarkedText {
    package let text: String
    package let speaker: ByteRange?
    package let verb: ByteRange?
    package let content: ByteRange?

    package init(_ marked: String) {
        var bytes: [UInt8] = []
        var opened: [UInt8: Int] = [:]
        var spans: [UInt8: ByteRange] = [:]
        let pairs: [UInt8: UInt8] = [UInt8(ascii: "]"): UInt8(ascii: "["), UInt8(ascii: "}"): UInt8(ascii: "{"), UInt8(ascii: ">"): UInt8(ascii: "<")]
        let source = Array(marked.utf8)
        var index = 0
        while index < source.count {
            let byte = source[index]
            let doubled = index + 1 < source.count && source[index + 1] == byte
            if doubled, pairs.values.contains(byte) {
                precondition(opened[byte] == nil, "a marker opened twice in \(marked)")
                opened[byte] = bytes.count
                index += 2
            } else if doubled, let opener = pairs[byte], let start = opened[opener] {
                spans[opener] = ByteRange(start, bytes.count)
                opened[opener] = nil
                index += 2
            } else {
                bytes.append(byte)
                index += 1
            }
        }
        precondition(opened.isEmpty, "a marker left open in \(marked)")
        text = String(decoding: bytes, as: UTF8.self)
        speaker = spans[UInt8(ascii: "[")]
        verb = spans[UInt8(ascii: "{")]
        content = spans[UInt8(ascii: "<")]
    }

    /// The text of a span of `text`.
    package func text(_ span: ByteRange) -> String {
        String(decoding: Array(text.utf8)[span.start..<span.end], as: UTF8.self)
    }
}
