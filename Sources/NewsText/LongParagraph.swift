/// Where a paragraph too long to read at once is read as broken into paragraphs: a text
/// scraped as one line, or pasted with its line breaks lost, can run to megabytes with no
/// break, and a paragraph is the smallest stretch an article can be read in (`ArticleSection`).
///
/// A paragraph longer than `bytes` is read as broken at a space after every `bytes` of it:
/// the first space that ends a sentence — after `.`, `!` or `?` closing a word of five letters
/// or more, before a capital or a digit ("… shelled Goris. The ministry …") — or, when no
/// sentence ends within another `bytes`, the first space before a letter or a digit. A break
/// reads as a line break would: the sentence and the paragraph end there. Real paragraphs are
/// far shorter than `bytes`, so no article of a usual shape has a break, and one that has is
/// read the same whole or in sections, as the breaks are found over the whole text.
package enum LongParagraph {
    /// How long a paragraph runs before it is read as broken: an extraction section's length
    /// (`Extractor.sectionBytes`). The fuzz build (`Tests/Fuzz/run.sh`) breaks paragraphs of a
    /// few hundred bytes, so that its small inputs reach the breaks and it checks that each
    /// reads the same whole and in sections.
    #if FUZZING
        package static let bytes = 256
    #else
        package static let bytes = 1 << 16
    #endif

    /// The offsets of the spaces at which the paragraphs of `text` are read as broken, in text
    /// order. A paragraph is a line, or the lines a hard wrap joins (`wraps`, see `HardWrap`).
    /// One pass over the bytes.
    package static func breaks(in text: UnsafeBufferPointer<UInt8>, wraps: [Int], bytes: Int = LongParagraph.bytes) -> [Int] {
        var breaks: [Int] = []
        var wraps = HardWrap.Cursor(wraps)
        // Where the paragraph, or its part after the last break, starts.
        var start = 0
        var index = 0
        while index < text.count {
            let b = text[index]
            if b == ASCII.newline || b == ASCII.carriageReturn {
                if !wraps.isWrap(index, in: text) { start = index + 1 }
            } else if b == ASCII.space, index - start >= bytes, index + 1 < text.count,
                endsSentence(before: index, in: text) || (index - start >= 2 * bytes && opensWord(text[index + 1]))
            {
                breaks.append(index)
                start = index + 1
            }
            index += 1
        }
        return breaks
    }

    /// The space at `space` ends a sentence: a stop after a word of five letters or more
    /// ("near Jermuk." but not "Gen." or "U.S."), and a capital or a digit after it.
    private static func endsSentence(before space: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard space >= 6, ASCII.isUpper(text[space + 1]) || ASCII.isDigit(text[space + 1]) else { return false }
        let stop = text[space - 1]
        guard stop == UInt8(ascii: ".") || stop == UInt8(ascii: "!") || stop == UInt8(ascii: "?") else { return false }
        return (space - 6..<space - 1).allSatisfy { ASCII.isLetter(text[$0]) }
    }

    private static func opensWord(_ b: UInt8) -> Bool { ASCII.isLetter(b) || ASCII.isDigit(b) }
}
