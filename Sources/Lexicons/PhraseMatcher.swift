import NewsText

/// Finds lexicon phrases in a token stream by comparing keys.
///
/// A phrase is a pattern of words and gaps. Words compare by key: a token's own key for the
/// number and calendar readers, its lemma's key for the other lexicons (so `launch … attack`
/// matches `launched attacks`). `…` (or `...`) is a gap: up to `gapLength` words or numbers
/// of the same clause, so `launch … attack` also matches `launched a large-scale attack`
/// and `call for … halt` matches `called for an immediate halt`. Scanning left to right,
/// the pattern with the most words at each start wins and the scan resumes after it.
package struct PhraseMatcher<Value: Sendable>: Sendable {
    package struct Match: Sendable {
        /// Token indices covered by the phrase, its gaps included.
        package let tokens: Range<Int>
        package let value: Value
    }

    /// One element of a pattern.
    package enum Element: Hashable, Sendable {
        /// A word: its key, and whether the text must capitalise it ("US" is not "us").
        case word(TokenKey, capitalized: Bool)
        /// Up to `gapLength` words or numbers.
        case gap
    }

    /// The most tokens a gap spans: "launched [a fresh large-scale] offensive".
    package static var gapLength: Int { 4 }

    private struct Entry: Sendable {
        let elements: [Element]
        let words: Int
        let value: Value
    }

    /// Entries by first key, most words first.
    private var entries: [TokenKey: [Entry]] = [:]
    package private(set) var count = 0

    package init() {}

    /// The elements of a phrase, each word keyed by `key` (a token's raw key when nil); empty
    /// for a phrase with no words. A gap may not start or end a pattern.
    package static func elements(of phrase: String, key: ((Token, [UInt8]) -> TokenKey)? = nil) -> [Element] {
        let bytes = Array(phrase.utf8)
        var elements: [Element] = []
        for token in Tokenizer.tokenize(bytes) {
            if token.kind == .punctuation && FunctionWords.gapMarks.contains(token.key) {
                if let last = elements.last, last != .gap { elements.append(.gap) }
                continue
            }
            elements.append(.word(key?(token, bytes) ?? token.key, capitalized: token.isCapitalized))
        }
        if elements.last == .gap { elements.removeLast() }
        return elements
    }

    /// The raw keys of a phrase as the tokenizer sees it; empty for a phrase with no tokens.
    package static func keys(of phrase: String) -> [TokenKey] {
        Tokenizer.tokenize(Array(phrase.utf8)).map(\.key)
    }

    /// Whether a pattern with exactly these elements is present.
    package func contains(_ elements: [Element]) -> Bool { value(of: elements) != nil }

    /// The value of the pattern with these words, if present; capitals aside, so "Heroic
    /// Defenders" as written finds the row `heroic defenders`.
    package func value(of elements: [Element]) -> Value? {
        guard case .word(let first, _) = elements.first else { return nil }
        return entries[first]?.first { Self.sameWords($0.elements, elements) }?.value
    }

    private static func sameWords(_ lhs: [Element], _ rhs: [Element]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return zip(lhs, rhs).allSatisfy { left, right in
            switch (left, right) {
            case (.gap, .gap): true
            case (.word(let a, _), .word(let b, _)): a == b
            default: false
            }
        }
    }

    /// The value of a phrase written with raw keys (number and calendar words).
    package func value(of phrase: String) -> Value? { value(of: Self.elements(of: phrase)) }

    /// Adds a phrase keyed by its raw token keys; returns false when it has no words.
    @discardableResult
    package mutating func add(_ phrase: String, _ value: Value) -> Bool {
        add(Self.elements(of: phrase), value)
    }

    /// Adds a pattern; returns false when it has no words.
    @discardableResult
    package mutating func add(_ elements: [Element], _ value: Value) -> Bool {
        guard case .word(let first, _) = elements.first else { return false }
        let words = elements.count { $0 != .gap }
        var bucket = entries[first, default: []]
        let position = bucket.firstIndex { $0.words < words } ?? bucket.endIndex
        bucket.insert(Entry(elements: elements, words: words, value: value), at: position)
        entries[first] = bucket
        count += 1
        return true
    }

    /// Replaces the value of a pattern that is present.
    package mutating func replace(_ elements: [Element], with value: Value) {
        guard case .word(let first, _) = elements.first,
            let index = entries[first]?.firstIndex(where: { Self.sameWords($0.elements, elements) })
        else { return }
        guard let old = entries[first]?[index] else { return }
        entries[first]?[index] = Entry(elements: old.elements, words: old.words, value: value)
    }

    /// The longest phrase starting at token `index` and ending before `limit`, by raw keys.
    package func longestMatch(at index: Int, in tokens: [Token], limit: Int) -> Match? {
        longestMatch(at: index, in: tokens, limit: limit) { tokens[$0].key }
    }

    /// Non-overlapping matches in a token range by raw keys, left to right, each the longest at its start.
    package func matches(in tokens: [Token], range: Range<Int>) -> [Match] {
        matches(in: tokens, range: range) { tokens[$0].key }
    }

    /// Non-overlapping matches in a token range by the given keys (lemmas), left to right.
    package func matches(in tokens: [Token], keys: [WordForm], range: Range<Int>) -> [Match] {
        matches(in: tokens, range: range) { keys[$0].lemma }
    }

    private func matches(in tokens: [Token], range: Range<Int>, key: (Int) -> TokenKey) -> [Match] {
        var found: [Match] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let match = longestMatch(at: index, in: tokens, limit: range.upperBound, key: key) {
                found.append(match)
                index = match.tokens.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    private func longestMatch(at index: Int, in tokens: [Token], limit: Int, key: (Int) -> TokenKey) -> Match? {
        guard index < limit, let bucket = entries[key(index)] else { return nil }
        for entry in bucket {
            if let end = end(of: entry.elements, at: index, in: tokens, limit: limit, key: key) {
                return Match(tokens: index..<end, value: entry.value)
            }
        }
        return nil
    }

    /// Where a pattern starting at `index` ends, or nil when it does not match there. A gap
    /// takes the fewest tokens that let the next word match.
    private func end(of elements: [Element], at index: Int, in tokens: [Token], limit: Int, key: (Int) -> TokenKey) -> Int? {
        var position = index
        var gapAllowance = 0
        for element in elements {
            switch element {
            case .gap:
                gapAllowance = Self.gapLength
            case .word(let wanted, let capitalized):
                var skipped = 0
                while true {
                    guard position < limit else { return nil }
                    let token = tokens[position]
                    if key(position) == wanted && (!capitalized || token.isCapitalized) { break }
                    guard skipped < gapAllowance, Self.canFillGap(token) else { return nil }
                    skipped += 1
                    position += 1
                }
                position += 1
                gapAllowance = 0
            }
        }
        return position
    }

    /// A gap holds modifiers of one clause: words and numbers, not punctuation or a word that
    /// opens another clause.
    package static func canFillGap(_ token: Token) -> Bool {
        (token.kind == .word || token.kind == .number || token.kind == .possessive) && !FunctionWords.gapStoppers.contains(token.key)
    }
}
