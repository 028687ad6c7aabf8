/// A stretch of an article's body that can be read on its own: the extractor analyses a long
/// article one section at a time, so what it holds at once is bounded by the section, not by
/// the article.
///
/// A section ends at a line break that is not a paragraph's wrapping (`HardWrap`), before a
/// line that opens with a letter or a digit. Every such line starts a sentence, and nothing
/// that reaches across lines is cut: a quotation that goes on in the next paragraph opens it
/// with a quotation mark, and a post's signature line with a dash. Which breaks are wraps is
/// found over the whole body, so a section's lines are joined as the whole text's are. A
/// paragraph too long to read at once is read as broken (`LongParagraph`), and a section may
/// start at a break as at a line. What attribution learns of the speakers goes on from section
/// to section (`Extractor`), so an article reads the same whole or in sections.
package struct ArticleSection: Sendable, Equatable {
    /// The section's bytes of the body.
    package let bytes: Range<Int>
    /// The body offsets of the line breaks in the section that only wrap a paragraph
    /// (`HardWrap.wraps`), in text order.
    package let wraps: [Int]
    /// The body offsets of the spaces in the section at which a paragraph too long to read at
    /// once is read as broken (`LongParagraph.breaks`), in text order.
    package let breaks: [Int]

    /// The whole body as one section.
    package static func whole(_ body: [UInt8]) -> ArticleSection {
        body.withUnsafeBufferPointer { text in
            let wraps = HardWrap.wraps(in: text)
            return ArticleSection(bytes: 0..<body.count, wraps: wraps, breaks: LongParagraph.breaks(in: text, wraps: wraps))
        }
    }

    /// The sections of `body`, in order, each at least `minimumBytes` long where the text
    /// allows a cut (the last may be shorter); one section for a body with no such cut.
    /// One pass over the bytes.
    package static func sections(of body: [UInt8], minimumBytes: Int) -> [ArticleSection] {
        let whole = whole(body)
        // An article of a usual length is one section, found without reading it again.
        guard body.count > minimumBytes else { return [whole] }
        var starts = [0]
        var nextWrap = 0
        var nextBreak = 0
        var lineStart = 0
        while lineStart < body.count {
            var lineEnd = lineStart
            while lineEnd < body.count, body[lineEnd] != ASCII.newline { lineEnd += 1 }
            // The break before this line, at its `\n` or at the `\r` of `\r\n`.
            let newline = lineStart - 1
            let breakAt = newline > 0 && body[newline - 1] == ASCII.carriageReturn ? newline - 1 : newline
            while nextWrap < whole.wraps.count, whole.wraps[nextWrap] < breakAt { nextWrap += 1 }
            let wrapped = nextWrap < whole.wraps.count && whole.wraps[nextWrap] == breakAt
            let opensLine = ASCII.isLetter(body[lineStart]) || ASCII.isDigit(body[lineStart])
            if lineStart > 0, !wrapped, opensLine, lineStart - starts[starts.count - 1] >= minimumBytes {
                starts.append(lineStart)
            }
            // A break in the line opens a paragraph too, always with a letter or a digit.
            while nextBreak < whole.breaks.count, whole.breaks[nextBreak] < lineEnd {
                let start = whole.breaks[nextBreak] + 1
                if start - starts[starts.count - 1] >= minimumBytes { starts.append(start) }
                nextBreak += 1
            }
            lineStart = lineEnd + 1
        }
        var wrapIndex = 0
        var breakIndex = 0
        return starts.indices.map { index in
            let bytes = starts[index]..<(index + 1 < starts.count ? starts[index + 1] : body.count)
            let firstWrap = wrapIndex
            while wrapIndex < whole.wraps.count, whole.wraps[wrapIndex] < bytes.upperBound { wrapIndex += 1 }
            let firstBreak = breakIndex
            while breakIndex < whole.breaks.count, whole.breaks[breakIndex] < bytes.upperBound { breakIndex += 1 }
            return ArticleSection(
                bytes: bytes, wraps: Array(whole.wraps[firstWrap..<wrapIndex]), breaks: Array(whole.breaks[firstBreak..<breakIndex]))
        }
    }
}
