/// Some sentences of an article body, kept by their byte ranges in the original body once the
/// rest of it is no longer needed: a corpus command holds the sentences its claims were read
/// from, not every article whole.
package struct Excerpts: Sendable {
    /// The kept ranges of the original body, in order and disjoint.
    private let ranges: [ByteRange]
    /// Where each kept range starts in `bytes`.
    private let offsets: [Int]
    private let bytes: [UInt8]

    /// Keeps the bytes of `ranges` (in any order, overlapping or repeated) of `body`.
    package init(of body: [UInt8], keeping ranges: some Sequence<ByteRange>) {
        var merged: [ByteRange] = []
        for range in ranges.sorted() {
            if let last = merged.last, range.start <= last.end {
                merged[merged.count - 1] = ByteRange(last.start, max(last.end, range.end))
            } else {
                merged.append(range)
            }
        }
        var offsets: [Int] = []
        var bytes: [UInt8] = []
        offsets.reserveCapacity(merged.count)
        bytes.reserveCapacity(merged.reduce(0) { $0 + $1.count })
        for range in merged {
            offsets.append(bytes.count)
            bytes += body[range.start..<range.end]
        }
        self.ranges = merged
        self.offsets = offsets
        self.bytes = bytes
    }

    /// The text of a range of the original body; the range lies inside one kept range.
    package func text(_ range: ByteRange) -> String {
        // The last kept range that starts at or before `range` (binary search).
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].start <= range.start { low = middle + 1 } else { high = middle }
        }
        precondition(low > 0 && ranges[low - 1].contains(range), "\(range) was not kept")
        let start = offsets[low - 1] + range.start - ranges[low - 1].start
        return String(decoding: bytes[start..<(start + range.count)], as: UTF8.self)
    }
}
