/// A token: a view of a word, number or punctuation mark in the article body.
///
/// Tokens never copy text. `key` is a case-folded hash of the token's bytes, so lexicon
/// lookups compare integers: "Ministry", "ministry" and "MINISTRY" share a key, and the
/// curly apostrophe in "Azerbaijan’s" folds to the straight one.
package struct Token: Sendable, Equatable {
    package enum Kind: UInt8, Sendable {
        /// Letters, with inner hyphens and apostrophes: `Nagorno-Karabakh`, `so-called`, `U.S.`.
        case word
        /// Digits with inner separators and an optional letter suffix: `1,000`, `9.30`, `2022-09-13`, `15th`.
        case number
        /// The possessive suffix split from its word: `'s` in `Azerbaijan's`.
        case possessive
        /// An opening double quotation mark: `“`, `«`, or a straight `"` that opens.
        case openQuote
        /// A closing double quotation mark: `”`, `»`, or a straight `"` that closes.
        case closeQuote
        /// An em or en dash, or a hyphen standing alone between spaces.
        case dash
        /// Any other punctuation mark, one token per mark (`...` and `…` are one token).
        case punctuation
    }

    // Tokens are the most numerous values of an analysis (one per five bytes of text), so
    // they are packed: the bytes as 32-bit offsets (an article is at most 4 GiB,
    // `Token.maxTextBytes`), the widest field first — 24 bytes a token instead of 40.
    package let key: TokenKey
    private let start: UInt32
    private let end: UInt32
    package let kind: Kind
    /// The first letter is an ASCII capital (`Baku`, `EU`).
    package let isCapitalized: Bool
    /// White space (or the start of the text) comes right before the token.
    package let spaceBefore: Bool
    /// A line break comes before the token: it starts a line (and so a paragraph).
    package let startsLine: Bool

    package init(
        range: ByteRange, kind: Kind, key: TokenKey, isCapitalized: Bool,
        spaceBefore: Bool, startsLine: Bool
    ) {
        precondition(range.end <= Self.maxTextBytes, "a text longer than Token.maxTextBytes reached the tokenizer")
        start = UInt32(range.start)
        end = UInt32(range.end)
        self.kind = kind
        self.key = key
        self.isCapitalized = isCapitalized
        self.spaceBefore = spaceBefore
        self.startsLine = startsLine
    }

    /// The most bytes a tokenized text may hold; inputs are refused long before this.
    package static let maxTextBytes = Int(UInt32.max)

    package var range: ByteRange { ByteRange(Int(start), Int(end)) }

    /// Whether the token is this single ASCII punctuation byte.
    package func isPunctuation(_ ascii: Unicode.Scalar) -> Bool {
        kind == .punctuation && key == TokenKey(ascii)
    }

    /// The token's bytes as a reader sees them: without the invisible marks its key leaves
    /// out too (`UnicodeMark.format`), so `4\u{200B}9` reads 49 and `shel\u{AD}led` is
    /// `shelled`. Spans still point into the original text; only readings use these bytes.
    package func visibleBytes(in text: [UInt8]) -> ArraySlice<UInt8> {
        let raw = text[range.start..<range.end]
        guard raw.contains(where: { $0 >= 0x80 }) else { return raw }
        return text.withUnsafeBufferPointer { buffer in
            var visible: [UInt8] = []
            visible.reserveCapacity(raw.count)
            var index = range.start
            while index < range.end {
                let b = buffer[index]
                let length = b < 0x80 ? 1 : min(UnicodeMark.scalarLength(b), range.end - index)
                if b >= 0x80, case .format = UnicodeMark(buffer, at: index) {
                    index += length
                    continue
                }
                visible += buffer[index..<(index + length)]
                index += length
            }
            return visible[...]
        }
    }
}

/// A case-folded 64-bit FNV-1a hash of a token's text, the unit of every lexicon lookup.
package struct TokenKey: Hashable, Sendable {
    package let rawValue: UInt64

    package init(rawValue: UInt64) { self.rawValue = rawValue }

    package static func == (lhs: TokenKey, rhs: TokenKey) -> Bool { lhs.rawValue == rhs.rawValue }

    package func hash(into hasher: inout Swift.Hasher) { hasher.combine(rawValue) }

    /// The key is already a hash: dictionaries and sets keyed by it mix it with their seed
    /// in one multiply instead of running SipHash on every lexicon lookup, which made
    /// hashing the largest cost of extraction.
    package func _rawHashValue(seed: Int) -> Int {
        Int(truncatingIfNeeded: (rawValue ^ UInt64(truncatingIfNeeded: seed)) &* 0x9E37_79B9_7F4A_7C15)
    }

    /// The key of a single ASCII character, e.g. `TokenKey(".")`.
    package init(_ scalar: Unicode.Scalar) {
        var hasher = TokenKey.Hasher()
        hasher.add(UInt8(ascii: scalar))
        self = hasher.key
    }

    /// The key of one plain ASCII word, as the tokenizer computes it: `TokenKey("Baku")`.
    package init(_ text: String) {
        var hasher = TokenKey.Hasher()
        for b in text.utf8 { hasher.add(b) }
        self = hasher.key
    }

    /// Folds ASCII case and hashes; `’` is folded to `'` by the tokenizer before it gets here.
    package struct Hasher {
        private var state: UInt64 = 0xcbf2_9ce4_8422_2325
        package init() {}
        @inline(__always) package mutating func add(_ byte: UInt8) {
            state = (state ^ UInt64(ASCII.lowercased(byte))) &* 0x0000_0100_0000_01b3
        }
        package var key: TokenKey { TokenKey(rawValue: state) }
    }
}

extension Array where Element == Token {
    /// The bytes from the start of the first token of `tokens` to the end of its last: a
    /// phrase's span in the text. `tokens` is not empty.
    package func bytes(spanning tokens: Range<Int>) -> ByteRange {
        ByteRange(self[tokens.lowerBound].range.start, self[tokens.upperBound - 1].range.end)
    }
}
