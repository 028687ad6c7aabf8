/// Some sentences of an article body, kept by their byte ranges in the original body once the
/// rest of it is no longer needed: a corpus command holds the sentences its claims were read
/// from, not every article whole — in a spill file when it has one, else in memory.
package struct Excerpts: Sendable {
    /// Where the kept bytes wait until a page quotes them.
    package enum Store: Sendable {
        /// Nothing is kept: for a command that quotes no sentence.
        case nothing
        case memory
        /// On disk, read back a range at a time; in memory when the file cannot take them.
        case file(SpillFile)
    }

    private enum Kept {
        /// The kept ranges, merged, each with where it starts in `bytes`.
        case held([(range: ByteRange, offset: UInt32)], bytes: [UInt8])
        /// The stretch of the body from the first kept byte to the last, as one write at
        /// `offset` of `file`: no table of ranges is held, and the few unkept bytes between
        /// sentences cost disk, not memory.
        case spilled(SpillFile, offset: Int, stretch: ByteRange)
    }

    private let kept: Kept

    /// A body this long or longer, with half of it or more kept, is kept whole rather than
    /// copied in part: it is held whole while it is read, and a copy of most of it — the
    /// sentences of a long article dense with claims — would be held beside it at that moment,
    /// the peak of the run. With less kept, the copy is the smaller for the rest of the run.
    package static let wholeBodyBytes = 1 << 16

    /// Keeps the bytes of `ranges` (in any order, overlapping or repeated) of `body` in
    /// `store`. In memory, a body of `wholeBodyBytes` or more, half or more of it kept, is
    /// kept whole and uncopied.
    package init(of body: [UInt8], keeping ranges: some Sequence<ByteRange>, in store: Store = .memory) {
        switch store {
        case .nothing:
            kept = .held([], bytes: [])
        case .file(let file):
            // Written straight from the body: a copy of a long article's kept sentences,
            // beside the article, would be the run's peak.
            let stretch = ranges.reduce(nil) { (stretch: ByteRange?, range) in
                stretch.map { ByteRange(min($0.start, range.start), max($0.end, range.end)) } ?? range
            } ?? ByteRange(0, 0)
            if let offset = file.append(body[stretch.start..<stretch.end]) {
                kept = .spilled(file, offset: offset, stretch: stretch)
            } else {
                kept = Self.held(ranges, of: body)
            }
        case .memory:
            kept = Self.held(ranges, of: body)
        }
    }

    private static func held(_ ranges: some Sequence<ByteRange>, of body: [UInt8]) -> Kept {
        if body.count >= wholeBodyBytes, covered(by: ranges) * 2 >= body.count {
            return .held([(ByteRange(0, body.count), UInt32(0))], bytes: body)
        }
        // Sorted, with ranges that overlap or touch made one.
        var merged: [ByteRange] = []
        for range in ranges.sorted() {
            if let last = merged.last, range.start <= last.end {
                merged[merged.count - 1] = ByteRange(last.start, max(last.end, range.end))
            } else {
                merged.append(range)
            }
        }
        // Held exactly: a corpus command keeps a table per article for the whole run.
        var table: [(range: ByteRange, offset: UInt32)] = []
        var bytes: [UInt8] = []
        table.reserveCapacity(merged.count)
        bytes.reserveCapacity(merged.reduce(0) { $0 + $1.count })
        for range in merged {
            table.append((range, UInt32(bytes.count)))
            bytes += body[range.start..<range.end]
        }
        return .held(table, bytes: bytes)
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

    /// How many bytes of the body are held in memory: what the excerpts cost.
    package var heldBytes: Int {
        switch kept {
        case .held(_, let bytes): bytes.count
        case .spilled: 0
        }
    }

    /// How many bytes of the body wait in the spill file.
    package var spilledBytes: Int {
        switch kept {
        case .held: 0
        case .spilled(_, _, let stretch): stretch.count
        }
    }

    /// The text of a range of the original body; the range lies inside one kept range.
    package func text(_ range: ByteRange) -> String {
        String(decoding: self.bytes(range), as: UTF8.self)
    }

    /// The bytes of a range of the original body — uncopied when held in memory; the range
    /// lies inside one kept range. For comparing sentences by their text without making
    /// strings of them.
    package func bytes(_ range: ByteRange) -> ArraySlice<UInt8> {
        switch kept {
        case .spilled(let file, let offset, let stretch):
            precondition(stretch.contains(range), "\(range) was not kept")
            return file.read(at: offset + range.start - stretch.start, count: range.count)[...]
        case .held(let table, let bytes):
            // The last kept range that starts at or before `range` (binary search).
            var low = 0
            var high = table.count
            while low < high {
                let middle = (low + high) / 2
                if table[middle].range.start <= range.start { low = middle + 1 } else { high = middle }
            }
            precondition(low > 0 && table[low - 1].range.contains(range), "\(range) was not kept")
            let start = Int(table[low - 1].offset) + range.start - table[low - 1].range.start
            return bytes[start..<(start + range.count)]
        }
    }
}
