/// Which line breaks of a text are only its wrapping: a draft pasted from an email or a
/// terminal is wrapped at 64–80 columns, and a break inside its paragraph is a space, not the
/// end of a sentence. Paragraphs are separated by blank lines.
///
/// A break is a wrap when, by the shape of the two lines around it:
/// - the line before does not end a sentence or a clause (`.`, `!`, `?`, `:`, `;`, a closing
///   quote after them) — a sentence that ends at the margin ends there anyway — nor with a
///   bracket, as a caption's credit does ("(Photo: Caucasus Wire)");
/// - the line before is about as long as the longest line of its paragraph (three quarters of
///   it, and 30 bytes at least): a headline, a caption or a signature is shorter than the
///   margin its text wraps at;
/// - the line after does not open an item of its own: a list mark (`-`, `*`, `•`, `1.`,
///   `1)`), a dash (a signature: "— the ministry's press service") or a clock time (a live
///   blog's "07:10 —").
///
/// The shipped and real articles hold a paragraph per line, so none of their breaks is a wrap.
package enum HardWrap {
    /// Byte offsets of the line breaks (the `\n`, or the `\r` of `\r\n`) that are wraps, in
    /// text order. Each paragraph is read twice, for its longest line and then for its breaks,
    /// and no more than two lines are held: a long text costs only its wraps.
    package static func wraps(in text: UnsafeBufferPointer<UInt8>) -> [Int] {
        var wraps: [Int] = []
        var start = 0
        while start <= text.count {
            var line = Self.line(at: start, in: text)
            guard !line.isBlank else {
                start = line.next
                continue
            }
            // A paragraph: this line and the lines after it that are not blank.
            var longest = 0
            var scanned: Line? = line
            while let current = scanned {
                longest = max(longest, current.visible.count)
                scanned = Self.line(after: current, in: text).flatMap { $0.isBlank ? nil : $0 }
            }
            while let next = Self.line(after: line, in: text), !next.isBlank {
                let long = line.visible.count >= 30 && line.visible.count * 4 >= longest * 3
                if long, !endsClause(line.visible, text), !opensItem(next.visible, text) { wraps.append(line.breakAt) }
                line = next
            }
            start = line.next
        }
        return wraps
    }

    /// Goes through a text's wraps in text order, telling of each line-break byte met (the
    /// `\n`, or either byte of `\r\n`) whether it only wraps a paragraph.
    package struct Cursor {
        private let wraps: [Int]
        private var next = 0

        /// `wraps` as `wraps(in:)` gives them, or the part of them in a stretch of the text.
        package init(_ wraps: [Int]) {
            self.wraps = wraps
        }

        /// Whether the line-break byte at `offset` belongs to a wrap; offsets come in text order.
        package mutating func isWrap(_ offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
            while next < wraps.count, wraps[next] + 1 < offset { next += 1 }
            guard next < wraps.count else { return false }
            let wrap = wraps[next]
            return offset == wrap || (offset == wrap + 1 && text[wrap] == ASCII.carriageReturn)
        }
    }

    /// One line: where its break starts, and its text without surrounding white space.
    private struct Line {
        let visible: Range<Int>
        /// The offset of the `\n` (or of the `\r` of `\r\n`) that ends it; the text's length
        /// for the last line.
        let breakAt: Int
        /// Where the next line starts; past the text's end for the last line.
        let next: Int
        var isBlank: Bool { visible.isEmpty }
    }

    /// The line that starts at `start`, at most the text's length.
    private static func line(at start: Int, in text: UnsafeBufferPointer<UInt8>) -> Line {
        var index = start
        while index < text.count, text[index] != ASCII.newline { index += 1 }
        let breakAt = index > start && text[index - 1] == ASCII.carriageReturn ? index - 1 : index
        var first = start
        var last = breakAt
        while first < last, ASCII.isSpace(text[first]) { first += 1 }
        while last > first, ASCII.isSpace(text[last - 1]) { last -= 1 }
        return Line(visible: first..<last, breakAt: breakAt, next: index + 1)
    }

    /// The line after `line`; nil after the last.
    private static func line(after line: Line, in text: UnsafeBufferPointer<UInt8>) -> Line? {
        line.next <= text.count ? Self.line(at: line.next, in: text) : nil
    }

    /// The line ends a sentence or a clause — `.` `!` `?` `:` `;`, possibly inside closing
    /// quotes ("… said.”") — or a bracket: a caption's credit ("(Photo: Caucasus Wire)").
    private static func endsClause(_ line: Range<Int>, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        if [UInt8(ascii: ")"), UInt8(ascii: "]")].contains(text[line.upperBound - 1]) { return true }
        var end = line.upperBound
        while end > line.lowerBound, isClosing(text, before: end) { end -= closingLength(text, before: end) }
        guard end > line.lowerBound else { return false }
        return [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";")].contains(text[end - 1])
            || (end - line.lowerBound >= 3 && text[end - 3] == 0xE2 && text[end - 2] == 0x80 && text[end - 1] == 0xA6)  // …
    }

    /// A closing quote ends right before `end`: `"` `'` `”` `’` `»`.
    private static func isClosing(_ text: UnsafeBufferPointer<UInt8>, before end: Int) -> Bool {
        closingLength(text, before: end) > 0
    }

    private static func closingLength(_ text: UnsafeBufferPointer<UInt8>, before end: Int) -> Int {
        let last = text[end - 1]
        if last == UInt8(ascii: "\"") || last == UInt8(ascii: "'") { return 1 }
        // ” and ’ (E2 80 9D, E2 80 99), » (C2 BB).
        if end >= 3, text[end - 3] == 0xE2, text[end - 2] == 0x80, last == 0x9D || last == 0x99 { return 3 }
        if end >= 2, text[end - 2] == 0xC2, last == 0xBB { return 2 }
        return 0
    }

    /// The line opens an item of its own: a list mark, a dash, or a clock time.
    private static func opensItem(_ line: Range<Int>, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !line.isEmpty else { return false }
        let first = text[line.lowerBound]
        let second = line.count > 1 ? text[line.lowerBound + 1] : 0
        if (first == UInt8(ascii: "-") || first == UInt8(ascii: "*")) && (second == ASCII.space || second == ASCII.tab) { return true }
        // • (E2 80 A2), – and — (E2 80 93, E2 80 94).
        if first == 0xE2, line.count >= 3, text[line.lowerBound + 1] == 0x80, [0xA2, 0x93, 0x94].contains(text[line.lowerBound + 2]) {
            return true
        }
        // "1." "12)" "07:10".
        var digits = line.lowerBound
        while digits < line.upperBound, ASCII.isDigit(text[digits]) { digits += 1 }
        guard digits > line.lowerBound, digits < line.upperBound else { return false }
        return [UInt8(ascii: "."), UInt8(ascii: ")"), UInt8(ascii: ":")].contains(text[digits])
    }
}
