import Lexicons
import NewsText

/// A number of people, things or events as a sentence states it: "nearly 50", "a dozen", "several".
package struct CountMention: Sendable, Equatable {
    // The token bounds in 32 bits each, as byte ranges are (`ByteRange`): a claim keeps its
    // count for the whole run.
    private let tokenStart: UInt32
    private let tokenEnd: UInt32
    /// Token indices of the phrase, qualifier included: `nearly` `50`.
    package var tokens: Range<Int> { Int(tokenStart)..<Int(tokenEnd) }
    /// Bytes of the phrase in the text.
    package let bytes: ByteRange
    /// The bounds the phrase allows; nil for a vague quantity ("some", "several", "a few").
    package let interval: CountInterval?
    /// The qualifier's rule, if the number had one ("nearly" → `.justBelow`).
    package let qualifier: QualifierRule?
    /// The phrase as written: `nearly 50`, `at least 105`, `one hundred and five`.
    package let text: String

    package init(
        tokens: Range<Int>, bytes: ByteRange, interval: CountInterval?, qualifier: QualifierRule?, text: String
    ) {
        tokenStart = UInt32(clamping: tokens.lowerBound)
        tokenEnd = UInt32(clamping: tokens.upperBound)
        self.bytes = bytes
        self.interval = interval
        self.qualifier = qualifier
        self.text = text
    }
}
