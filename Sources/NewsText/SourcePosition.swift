/// A place in an article's source file as compilers and linters name it: `17:24`, the
/// 1-based line and the 1-based column.
///
/// The column counts Unicode scalars from the start of the line: `—` and `ə` are one column
/// each, a tab is one, and a `\r` before the line break is the line's last column. Scalars,
/// not grapheme clusters, because where a cluster ends depends on the Unicode version of the
/// reader, and the same file must give the same column on every machine; scalars are also
/// what UTF-16 editors count everywhere outside emoji and other astral characters.
package struct SourcePosition: Sendable, Equatable, CustomStringConvertible {
    package let line: Int
    package let column: Int

    package init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    package var description: String { "\(line):\(column)" }

    /// The positions of body offsets (each at the start of a scalar), in the order given.
    ///
    /// One pass over the body up to the last offset, whatever the order of the offsets, so
    /// placing every flag of a long single-line draft stays linear in its length.
    package static func of(bodyOffsets offsets: [Int], in article: Article) -> [SourcePosition] {
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var positions = [SourcePosition](repeating: SourcePosition(line: article.bodyFirstLine, column: 1), count: offsets.count)
        var walker = Walker(article)
        for index in order { positions[index] = walker.position(ofBodyOffset: offsets[index]) }
        return positions
    }

    /// Positions of body offsets asked for in ascending order, found by walking the body
    /// once from its start: what a long article's flags need, given a section at a time.
    package struct Walker {
        private let body: [UInt8]
        private var offset = 0
        private var line: Int
        private var column = 1
        private let firstLine: Int

        package init(_ article: Article) {
            body = article.body
            firstLine = article.bodyFirstLine
            line = firstLine
        }

        /// The position of an offset: found from the last one asked for when it is no smaller,
        /// else from the start of the body.
        package mutating func position(ofBodyOffset target: Int) -> SourcePosition {
            let target = min(target, body.count)
            if target < offset { (offset, line, column) = (0, firstLine, 1) }
            while offset < target {
                let byte = body[offset]
                if byte == ASCII.newline {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    // A continuation byte belongs to the scalar its lead byte counted.
                    column += 1
                }
                offset += 1
            }
            return SourcePosition(line: line, column: column)
        }
    }
}
