/// Text quoted into plain one-line output — a linter's message, a terminal page's line — shown
/// as written, but unable to break the line or hide what it holds.
///
///     PlainText.line("Armenia's defence\nministry said\t\"49\"")  // "Armenia's defence ministry said \"49\""
///
/// Markdown punctuation and HTML stay as they are: nothing renders this text. What would end
/// the line or act on a terminal is replaced: a run of blanks holding a line break, a tab or
/// another control (C0, DEL, C1 such as NEL, the line and paragraph separators U+2028 and
/// U+2029) becomes one space, so an editor or CI reads one message per line and no escape
/// sequence reaches the terminal. Bidirectional controls are dropped, as in Markdown.
package enum PlainText {
    package static func line(_ text: String) -> String {
        let source = Array(text.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(source.count)
        // A break seen since the last visible character: the blanks around it become one space.
        var pendingBreak = false
        var index = 0
        while index < source.count {
            if let length = BidiControl.length(at: index, in: source) {
                index += length
                continue
            }
            let byte = source[index]
            if let length = breakLength(at: index, in: source) {
                while bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
                pendingBreak = true
                index += length
                continue
            }
            if pendingBreak {
                if byte == UInt8(ascii: " ") {
                    index += 1
                    continue
                }
                if !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
                pendingBreak = false
            }
            if !(bytes.isEmpty && byte == UInt8(ascii: " ")) { bytes.append(byte) }
            index += 1
        }
        while bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The byte length of a character that must not reach a one-line output as itself: a C0
    /// control (line breaks and tabs among them), DEL, a C1 control, U+2028 or U+2029.
    private static func breakLength(at index: Int, in source: [UInt8]) -> Int? {
        let byte = source[index]
        if byte < 0x20 || byte == 0x7F { return 1 }
        let next = index + 1 < source.count ? source[index + 1] : 0
        if byte == 0xC2, (0x80...0x9F).contains(next) { return 2 }
        if byte == 0xE2, next == 0x80, index + 2 < source.count, source[index + 2] == 0xA8 || source[index + 2] == 0xA9 { return 3 }
        return nil
    }
}
