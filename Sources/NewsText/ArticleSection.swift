/// A stretch of an article's body that can be read on its own: the extractor analyses a long
/// article one section at a time, so what it holds at once is bounded by the section, not by
/// the article.
///
/// A section ends at a blank line before a paragraph that opens with a letter or a digit, so
/// nothing that reaches across paragraphs is cut: a quotation that goes on in the next
/// paragraph opens it with a quotation mark, a post's signature line with a dash, a
/// hard-wrapped paragraph (`HardWrap`) has no blank line inside, and every line starts a
/// sentence. What attribution learns of the speakers goes on from section to section
/// (`Extractor`), so an article reads the same whole or in sections.
package struct ArticleSection: Sendable, Equatable {
    /// The section's bytes of the body.
    package let bytes: Range<Int>

    /// The sections of `body`, in order, each at least `minimumBytes` long where the text
    /// allows a cut (the last may be shorter); one section for a body with no such cut.
    /// One pass over the bytes.
    package static func sections(of body: [UInt8], minimumBytes: Int) -> [ArticleSection] {
        // An article of a usual length is one section, found without reading it.
        guard body.count > minimumBytes else { return [ArticleSection(bytes: 0..<body.count)] }
        var starts = [0]
        var lineStart = 0
        var previousLineBlank = false
        while lineStart < body.count {
            var lineEnd = lineStart
            var blank = true
            while lineEnd < body.count, body[lineEnd] != ASCII.newline {
                if !ASCII.isSpace(body[lineEnd]) { blank = false }
                lineEnd += 1
            }
            let opensParagraph = ASCII.isLetter(body[lineStart]) || ASCII.isDigit(body[lineStart])
            if previousLineBlank, opensParagraph, lineStart - starts[starts.count - 1] >= minimumBytes {
                starts.append(lineStart)
            }
            previousLineBlank = blank
            lineStart = lineEnd + 1
        }
        return starts.indices.map { index in
            ArticleSection(bytes: starts[index]..<(index + 1 < starts.count ? starts[index + 1] : body.count))
        }
    }
}
