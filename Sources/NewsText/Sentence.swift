/// A sentence: a run of tokens and the byte range they cover in the body.
package struct Sentence: Sendable, Equatable {
    /// From the first byte of the first token to the last byte of the last token.
    package let range: ByteRange
    /// Indices into the document's token array.
    package let tokens: Range<Int>
    /// 0-based paragraph (line block) the sentence starts in.
    package let paragraph: Int

    package init(range: ByteRange, tokens: Range<Int>, paragraph: Int) {
        self.range = range
        self.tokens = tokens
        self.paragraph = paragraph
    }
}
