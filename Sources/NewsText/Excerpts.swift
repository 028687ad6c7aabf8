/// Some sentences of an article body, kept by their byte ranges in the original body once the
/// rest of it is no longer needed: a corpus command holds the sentences its claims were read
/// from, not every article whole.
package struct Excerpts: Sendable {
    /// A kept range of the original body, in order and disjoint, and where it starts in
    /// `bytes`: 12 bytes a range, held exactly, as a corpus command keeps one per sentence.
    private struct Kept {
        let range: ByteRange
        let offset: UInt32
    }

    private let kept: [Kept]
    private let bytes: [UInt8]

    /// A body this long or longer, with half of it or more kept, is kept whole rather than
    /// copied in part: it is held whole while it is read, and a copy of most of it — the
    /// sentences of a long article dense with claims — would be held beside it at that moment,
    /// the peak of the run. With less kept, the copy is the smaller for the rest of the run.
    package static let wholeBodyBytes = 1 << 16

    /// Keeps the bytes of `ranges` (in any order, overlapping or repeated) of `body`; a body
    /// of `wholeBodyBytes` or more, half or more of it kept, is kept whole and uncopied.
    package init(of body: [UInt8], keeping ranges: some Sequence<ByteRange>) {
        if body.count >= Self.wholeBodyBytes, Self.covered(by: ranges) * 2 >= body.count {
            kept = [Kept(range: ByteRange(0, body.count), offset: 0)]
            bytes = body
            return
        }
        var merged: [ByteRange] = []
        for range in ranges.sorted() {
            if let last = merged.last, range.start <= last.end {
                merged[merged.count - 1] = ByteRange(last.start, max(last.end, range.end))
            } else {
                merged.append(range)
            }
        }
        var kept: [Kept] = []
        var bytes: [UInt8] = []
        kept.reserveCapacity(merged.count)
        bytes.reserveCapacity(merged.reduce(0) { $0 + $1.count })
        for range in merged {
            kept.append(Kept(range: range, offset: UInt32(bytes.count)))
            bytes += body[range.start..<range.end]
        }
        self.kept = kept
        self.bytes = bytes
    }

    /// About how many bytes `ranges` cover, in one pass and without sorting them: exact for
    /// ranges in text order, as a claim list gives its sentences; a range before the furthest
    /// end seen counts only past it.
    private static func covered(by ranges: some Sequence<ByteRange>) -> Int {
        var covered = 0
        var end = 0
        for range in ranges where range.end > end {
            covered += range.end - max(range.start, end)
            end = range.end
        }
        return covered
    }

    /// How many bytes of the body are held: what the excerpts cost.
    package var heldBytes: Int { bytes.count }

    /// The text of a range of the original body; the range lies inside one kept range.
    package func text(_ range: ByteRange) -> String {
        String(decoding: self.bytes(range), as: UTF8.self)
    }

    /// The bytes of a range of the original body, uncopied; the range lies inside one kept
    /// range. For comparing sentences by their text without making strings of them.
    package func bytes(_ range: ByteRange) -> ArraySlice<UInt8> {
        // The last kept range that starts at or before `range` (binary search).
        var low = 0
        var high = kept.count
        while low < high {
            let middle = (low + high) / 2
            if kept[middle].range.start <= range.start { low = middle + 1 } else { high = middle }
        }
        precondition(low > 0 && kept[low - 1].range.contains(range), "\(range) was not kept")
        let start = Int(kept[low - 1].offset) + range.start - kept[low - 1].range.start
        return bytes[start..<(start + range.count)]
    }
}
