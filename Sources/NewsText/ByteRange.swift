/// A half-open range of UTF-8 byte offsets into an article body.
///
/// Every sentence, token, mention and claim points back into the one copy of the text
/// with a `ByteRange`; line and column are computed only when a message needs them.
package struct ByteRange: Hashable, Comparable, Sendable, CustomStringConvertible {
    // Stored narrow, as tokens are: inputs are capped below 4 GiB (`ArticleSizeLimit`), and a
    // corpus holds a range for every claim and mention.
    private let storedStart: UInt32
    private let storedEnd: UInt32

    package var start: Int { Int(storedStart) }
    package var end: Int { Int(storedEnd) }

    package init(_ start: Int, _ end: Int) {
        precondition(start <= end, "ByteRange start \(start) after end \(end)")
        storedStart = UInt32(start)
        storedEnd = UInt32(end)
    }

    package var count: Int { end - start }
    package var isEmpty: Bool { start == end }

    package func contains(_ other: ByteRange) -> Bool {
        start <= other.start && other.end <= end
    }

    package func overlaps(_ other: ByteRange) -> Bool {
        start < other.end && other.start < end
    }

    package static func < (lhs: ByteRange, rhs: ByteRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    package var description: String { "\(start)..<\(end)" }
}
