import Lexicons
import NewsText

/// A lexicon's matches as mentions, each with its value. Written in this module, not beside
/// `PhraseMatcher`, so that it is specialised for each lexicon where it is called: the
/// matcher's own module hands over only indices (`PhraseMatcher.found`).
extension PhraseMatcher {
    /// The longest phrase starting at token `index` and ending before `limit`, by raw keys.
    func longestMatch(at index: Int, in tokens: [Token], limit: Int) -> Mention<Value>? {
        longestFound(at: index, in: tokens, limit: limit).map { Mention(tokens: $0.tokens, value: values[$0.index]) }
    }

    /// Non-overlapping matches in a token range by raw keys, left to right.
    func matches(in tokens: [Token], range: Range<Int>) -> [Mention<Value>] {
        let values = values
        return found(in: tokens, range: range).map { Mention(tokens: $0.tokens, value: values[$0.index]) }
    }

    /// Non-overlapping matches in a token range by lemma keys, left to right.
    func matches(in tokens: [Token], keys: [WordForm], range: Range<Int>) -> [Mention<Value>] {
        let values = values
        return found(in: tokens, keys: keys, range: range).map { Mention(tokens: $0.tokens, value: values[$0.index]) }
    }
}
