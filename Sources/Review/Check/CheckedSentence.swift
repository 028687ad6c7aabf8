import NewsText

/// One sentence of a checked article that carries a claim or raises a flag.
package struct CheckedSentence: Sendable {
    /// 1-based position among all the article's sentences.
    package let number: Int
    package let range: ByteRange
    /// The 1-based line of the source file the sentence starts on.
    package let line: Int
    /// The sentence exactly as written.
    package let text: String
    package let attributions: [Attribution]
    /// In text order of the words they are about.
    package let flags: [Flag]
}
