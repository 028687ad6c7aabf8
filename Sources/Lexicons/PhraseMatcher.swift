import NewsText

/// Finds lexicon phrases in a token stream by comparing keys.
///
/// A phrase is a pattern of words and gaps. Words compare by key: a token's own key for the
/// number and calendar readers, its lemma's key for the other lexicons (so `launch … attack`
/// matches `launched attacks`). `…` (or `...`) is a gap: up to `gapLength` words or numbers
/// of the same clause, so `launch … attack` also matches `launched a large-scale attack`
/// and `call for … halt` matches `called for an immediate halt`. Scanning left to right,
/// the pattern with the most words at each start wins and the scan resumes after it.
///
/// The matching itself (`PhrasePatterns`) knows nothing of the values: it compares keys and
/// returns the index of the pattern found (`found`, `longestFound`), so it is compiled once
/// for every lexicon. The extractor looks the values up in `values` itself
/// (`PhraseMatcher+Mentions` in ClaimEngine): generic code called across modules is not
/// specialised, and would look its value type up at run time on every match.
package struct PhraseMatcher<Value: Sendable>: Sendable {
    package typealias Element = PhraseElement

    /// The most tokens a gap spans: "launched [a fresh large-scale] offensive".
    package static var gapLength: Int { PhrasePatterns.gapLength }

    private var patterns = PhrasePatterns()
    /// The value of each pattern, by the index `patterns` gives it.
    package private(set) var values: [Value] = []

    package var count: Int { values.count }

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
    package func contains(_ elements: [Element]) -> Bool { patterns.index(of: elements) != nil }

    /// The value of the pattern with these words, if present; capitals aside, so "Heroic
    /// Defenders" as written finds the row `heroic defenders`.
    package func value(of elements: [Element]) -> Value? {
        patterns.index(of: elements).map { values[$0] }
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
        guard patterns.add(elements, index: values.count) else { return false }
        values.append(value)
        return true
    }

    /// Replaces the value of a pattern that is present.
    package mutating func replace(_ elements: [Element], with value: Value) {
        guard let index = patterns.index(of: elements) else { return }
        values[index] = value
    }

    /// The longest phrase starting at token `index` and ending before `limit`, by raw keys.
    package func longestFound(at index: Int, in tokens: [Token], limit: Int) -> PhrasePatterns.Found? {
        patterns.longestMatch(at: index, in: tokens, limit: limit, keys: .raw)
    }

    /// Non-overlapping matches in a token range by raw keys, left to right, each the longest at its start.
    package func found(in tokens: [Token], range: Range<Int>) -> [PhrasePatterns.Found] {
        patterns.matches(in: tokens, range: range, keys: .raw)
    }

    /// Non-overlapping matches in a token range by the given keys (lemmas), left to right.
    package func found(in tokens: [Token], keys: [WordForm], range: Range<Int>) -> [PhrasePatterns.Found] {
        patterns.matches(in: tokens, range: range, keys: .lemmas(keys))
    }

    /// A gap holds modifiers of one clause: words and numbers, not punctuation or a word that
    /// opens another clause.
    package static func canFillGap(_ token: Token) -> Bool { PhrasePatterns.canFillGap(token) }
}

/// One element of a pattern.
package enum PhraseElement: Hashable, Sendable {
    /// A word: its key, and whether the text must capitalise it ("US" is not "us").
    case word(TokenKey, capitalized: Bool)
    /// Up to `PhrasePatterns.gapLength` words or numbers.
    case gap
}

/// The patterns of a `PhraseMatcher`, each known by the index of its value: where phrases
/// start and end in a token stream.
package struct PhrasePatterns: Sendable {
    /// A pattern found: the tokens it covers, gaps included, and its index.
    package struct Found {
        package let tokens: Range<Int>
        package let index: Int
    }

    /// Which key of a token a pattern's words compare with.
    package enum Keys {
        /// The token's own key (number and calendar words).
        case raw
        /// Its lemma's key, by token index (every other lexicon).
        case lemmas([WordForm])
    }

    static let gapLength = 4

    private struct Entry: Sendable {
        let elements: [PhraseElement]
        let words: Int
        let index: Int
    }

    /// Entries by first key (its number in `firstKeys`), most words first.
    private var firstKeys = TokenKeyIndex()
    private var buckets: [[Entry]] = []
    /// One bit per first key's hash (4,096 bits): most tokens start no pattern of a lexicon,
    /// and a clear bit says so without a dictionary lookup.
    private var firstKeyBits = [UInt64](repeating: 0, count: 64)

    /// Adds a pattern for the value at `index`; returns false when it has no words.
    mutating func add(_ elements: [PhraseElement], index: Int) -> Bool {
        guard case .word(let first, _) = elements.first else { return false }
        let words = elements.count { $0 != .gap }
        let (number, inserted) = firstKeys.add(first)
        if inserted { buckets.append([]) }
        let position = buckets[number].firstIndex { $0.words < words } ?? buckets[number].endIndex
        buckets[number].insert(Entry(elements: elements, words: words, index: index), at: position)
        firstKeyBits[Self.word(of: first)] |= Self.bit(of: first)
        return true
    }

    /// The index of the pattern with these words, capitals aside.
    func index(of elements: [PhraseElement]) -> Int? {
        guard case .word(let first, _) = elements.first else { return nil }
        guard let number = firstKeys.number(of: first) else { return nil }
        return buckets[number].first { Self.sameWords($0.elements, elements) }?.index
    }

    private static func sameWords(_ lhs: [PhraseElement], _ rhs: [PhraseElement]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return zip(lhs, rhs).allSatisfy { left, right in
            switch (left, right) {
            case (.gap, .gap): true
            case (.word(let a, _), .word(let b, _)): a == b
            default: false
            }
        }
    }

    package func matches(in tokens: [Token], range: Range<Int>, keys: Keys) -> [Found] {
        switch keys {
        case .raw: matches(in: tokens, range: range) { tokens[$0].key }
        case .lemmas(let forms): matches(in: tokens, range: range) { forms[$0].lemma }
        }
    }

    package func longestMatch(at index: Int, in tokens: [Token], limit: Int, keys: Keys) -> Found? {
        switch keys {
        case .raw: longestMatch(at: index, in: tokens, limit: limit) { tokens[$0].key }
        case .lemmas(let forms): longestMatch(at: index, in: tokens, limit: limit) { forms[$0].lemma }
        }
    }

    /// The matches by `key`, a token's key for matching by index: a closure the compiler
    /// inlines, so the inner loop does not switch on `Keys` at every token.
    private func matches(in tokens: [Token], range: Range<Int>, key: (Int) -> TokenKey) -> [Found] {
        var found: [Found] = []
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

    private func longestMatch(at index: Int, in tokens: [Token], limit: Int, key: (Int) -> TokenKey) -> Found? {
        guard index < limit else { return nil }
        let first = key(index)
        guard firstKeyBits[Self.word(of: first)] & Self.bit(of: first) != 0, let number = firstKeys.number(of: first) else {
            return nil
        }
        for entry in buckets[number] {
            if let end = end(of: entry.elements, at: index, in: tokens, limit: limit, key: key) {
                return Found(tokens: index..<end, index: entry.index)
            }
        }
        return nil
    }

    private static func word(of key: TokenKey) -> Int { Int(truncatingIfNeeded: (key.rawValue >> 6) & 63) }
    private static func bit(of key: TokenKey) -> UInt64 { 1 << (key.rawValue & 63) }

    /// Where a pattern starting at `index` ends, or nil when it does not match there. A gap
    /// takes the fewest tokens that let the next word match.
    private func end(of elements: [PhraseElement], at index: Int, in tokens: [Token], limit: Int, key: (Int) -> TokenKey) -> Int? {
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
    static func canFillGap(_ token: Token) -> Bool {
        (token.kind == .word || token.kind == .number || token.kind == .possessive) && !FunctionWords.gapStoppers.contains(token.key)
    }
}
