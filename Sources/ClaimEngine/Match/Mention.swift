/// A lexicon entry found in a sentence: the tokens it covers and what it means.
package struct Mention<Value: Sendable>: Sendable {
    package let tokens: Range<Int>
    package let value: Value

    package init(tokens: Range<Int>, value: Value) {
        self.tokens = tokens
        self.value = value
    }

    package var start: Int { tokens.lowerBound }
    package var end: Int { tokens.upperBound }
}

extension Array {
    /// The mentions that lie wholly inside a token range.
    package func inside<V>(_ range: Range<Int>) -> [Mention<V>] where Element == Mention<V> {
        filter { range.lowerBound <= $0.start && $0.end <= range.upperBound }
    }
}
