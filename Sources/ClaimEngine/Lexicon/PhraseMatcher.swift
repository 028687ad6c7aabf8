import NewsText

/// Finds lexicon phrases in a token stream by comparing token keys.
///
/// Phrases are tokenized with the article tokenizer, so "Azerbaijan's defence ministry"
/// in a lexicon matches `Azerbaijan’s Defence Ministry` in an article. Scanning left to
/// right, the longest phrase at each start wins and the scan resumes after it.
package struct PhraseMatcher<Value: Sendable>: Sendable {
    package struct Match: Sendable {
        /// Token indices covered by the phrase.
        package let tokens: Range<Int>
        package let value: Value
    }

    private struct Entry: Sendable {
        let keys: [TokenKey]
        /// Tokens written with a capital in the lexicon must be capitalised in the text, so
        /// "US" does not match "us" nor "Price" the noun "price".
        let capitals: [Bool]
        let value: Value
    }

    /// Entries by first token key, longest first.
    private var entries: [TokenKey: [Entry]] = [:]
    package private(set) var count = 0

    package init() {}

    /// The keys of a phrase as the tokenizer sees it; empty for a phrase with no tokens.
    package static func keys(of phrase: String) -> [TokenKey] {
        Tokenizer.tokenize(Array(phrase.utf8)).map(\.key)
    }

    /// Whether a phrase with exactly these keys is already present.
    package func contains(_ phrase: String) -> Bool { value(of: phrase) != nil }

    /// The value of the exact phrase, if present.
    package func value(of phrase: String) -> Value? {
        let keys = Self.keys(of: phrase)
        guard let first = keys.first else { return nil }
        return entries[first]?.first { $0.keys == keys }?.value
    }

    /// Adds a phrase; returns false when the phrase has no tokens.
    @discardableResult
    package mutating func add(_ phrase: String, _ value: Value) -> Bool {
        let tokens = Tokenizer.tokenize(Array(phrase.utf8))
        let keys = tokens.map(\.key)
        guard let first = keys.first else { return false }
        var bucket = entries[first, default: []]
        let position = bucket.firstIndex { $0.keys.count < keys.count } ?? bucket.endIndex
        bucket.insert(Entry(keys: keys, capitals: tokens.map(\.isCapitalized), value: value), at: position)
        entries[first] = bucket
        count += 1
        return true
    }

    /// Replaces the value of a phrase that is present.
    package mutating func replace(_ phrase: String, with value: Value) {
        let keys = Self.keys(of: phrase)
        guard let first = keys.first, let index = entries[first]?.firstIndex(where: { $0.keys == keys }),
            let old = entries[first]?[index]
        else { return }
        entries[first]?[index] = Entry(keys: old.keys, capitals: old.capitals, value: value)
    }

    /// The longest phrase starting at token `index` and ending before `limit`.
    package func longestMatch(at index: Int, in tokens: [Token], limit: Int) -> Match? {
        guard index < limit, let bucket = entries[tokens[index].key] else { return nil }
        for entry in bucket where index + entry.keys.count <= limit {
            var matched = true
            for offset in 0..<entry.keys.count {
                let token = tokens[index + offset]
                if token.key != entry.keys[offset] || (entry.capitals[offset] && !token.isCapitalized) {
                    matched = false
                    break
                }
            }
            if matched { return Match(tokens: index..<(index + entry.keys.count), value: entry.value) }
        }
        return nil
    }

    /// Non-overlapping matches in a token range, left to right, each the longest at its start.
    package func matches(in tokens: [Token], range: Range<Int>) -> [Match] {
        var found: [Match] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let match = longestMatch(at: index, in: tokens, limit: range.upperBound) {
                found.append(match)
                index = match.tokens.upperBound
            } else {
                index += 1
            }
        }
        return found
    }
}
