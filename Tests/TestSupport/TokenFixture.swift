import NewsText

/// One sentence tokenized for tests of the token-level finders (dates, times, counts):
///
///     let sentence = TokenFixture("Baku said up to 550 Armenian troops had been killed.")
///     sentence.text(2..<5)  // "up to 550"
package struct TokenFixture {
    package let bytes: [UInt8]
    package let tokens: [Token]

    package init(_ text: String) {
        bytes = Array(text.utf8)
        tokens = Tokenizer.tokenize(bytes)
    }

    /// All token indices: the range to search.
    package var all: Range<Int> { tokens.indices }

    /// The text from the first token of `range` to the end of its last.
    package func text(_ range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return String(decoding: bytes[tokens[first].range.start..<tokens[last].range.end], as: UTF8.self)
    }
}
