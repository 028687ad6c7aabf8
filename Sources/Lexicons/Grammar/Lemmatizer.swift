import NewsText

/// How a word is inflected: what the lemmatizer stripped to reach the lexicon's word.
package enum Inflection: UInt8, Sendable {
    /// As the lexicon writes it: `attack`, `shell`, `fire`.
    case base
    /// `-s`/`-es`/`-ies`: a plural noun or a verb's third person (`attacks`, `casualties`).
    case plural
    /// `-ed` or an irregular past or participle (`shelled`, `struck`, `taken`).
    case past
    /// `-ing` (`shelling`, `firing`).
    case progressive
}

/// A word reduced to the lexicon's form of it: the lemma's key and the inflection.
package struct WordForm: Sendable, Equatable {
    package let lemma: TokenKey
    /// What was stripped to reach a lexicon word (`base` when the word is not a known one's form).
    package let inflection: Inflection
    /// The word's ending read from its letters alone, known word or not: `aimed` ends like a
    /// past, `rising` like a progressive. A guess, for telling a verb from a noun.
    package let ending: Inflection

    package init(lemma: TokenKey, inflection: Inflection, ending: Inflection? = nil) {
        self.lemma = lemma
        self.inflection = inflection
        self.ending = ending ?? inflection
    }
}

/// Reduces an inflected English word to the word a lexicon lists, so a lexicon row names a
/// lemma once (`shell`) and matches every form of it (`shells`, `shelled`, `shelling`).
///
/// The suffix rules are English grammar and live here; the words are data: a stripped form
/// counts only when the lexicons list it (`fired` → `fire` because a lexicon has `fire`, while
/// `United` stays itself unless some lexicon lists `unit`), and irregular forms (`struck`,
/// `taken`, `men`) come from `inflections.tsv`. Lexicon phrases and article words go through
/// the same function, so both sides of every comparison agree.
package struct Lemmatizer: Sendable {
    private let vocabulary: TokenKeySet
    /// The irregular forms (`went` → `go`, past), by their number in `irregularKeys`.
    private let irregularKeys: TokenKeyIndex
    private let irregularForms: [WordForm]

    /// The lemmatizer for a vocabulary (the raw keys of every word the lexicons list) and the
    /// irregular forms.
    package init(vocabulary: TokenKeySet, irregular: [TokenKey: WordForm]) {
        self.vocabulary = vocabulary
        var keys = TokenKeyIndex()
        var forms: [WordForm] = []
        for (key, form) in irregular.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            _ = keys.add(key)
            forms.append(form)
        }
        self.irregularKeys = keys
        self.irregularForms = forms
    }

    /// A lemmatizer that leaves every word as it is.
    package static let identity = Lemmatizer(vocabulary: [], irregular: [:])

    /// The lexicon form of a word token: its bytes (for the suffix rules) and its raw key.
    package func form(of word: ArraySlice<UInt8>, key: TokenKey) -> WordForm {
        if let known = irregularKeys.number(of: key) { return irregularForms[known] }
        guard word.count >= 4, word.allSatisfy(Self.isSuffixable) else {
            return WordForm(lemma: key, inflection: .base)
        }
        // Offsets from the word's start; suffixes are static, so the tests allocate nothing.
        let bytes = word
        let first = word.startIndex
        let n = word.count
        func has(_ suffix: StaticString) -> Bool {
            suffix.withUTF8Buffer { s in
                guard n > s.count else { return false }
                for offset in 0..<s.count where ASCII.lowercased(bytes[first + n - s.count + offset]) != s[offset] { return false }
                return true
            }
        }
        func candidate(_ keep: Int, _ add: StaticString = "") -> TokenKey? {
            guard keep >= 3 else { return nil }
            var hasher = TokenKey.Hasher()
            for b in bytes[first..<(first + keep)] { hasher.add(b) }
            add.withUTF8Buffer { for b in $0 { hasher.add(b) } }
            let key = hasher.key
            return vocabulary.contains(key) ? key : nil
        }
        func doubled(_ end: Int) -> Bool {
            end >= 2 && ASCII.lowercased(bytes[first + end - 1]) == ASCII.lowercased(bytes[first + end - 2])
        }
        var found: (TokenKey, Inflection)? = nil
        if has("ies") {
            found = candidate(n - 3, "y").map { ($0, .plural) }
        }
        // "notes" is "note" before it is "not"; "launches" is "launch".
        if found == nil, has("s"), !has("ss") {
            found = candidate(n - 1).map { ($0, .plural) }
        }
        if found == nil, has("es") {
            found = candidate(n - 2).map { ($0, .plural) }
        }
        if found == nil, has("ied") {
            found = candidate(n - 3, "y").map { ($0, .past) }
        }
        if found == nil, has("ed") {
            // "noted" is "note", not "not": the stem that keeps its "e" first.
            let stem = candidate(n - 1) ?? candidate(n - 2) ?? (doubled(n - 2) ? candidate(n - 3) : nil)
            found = stem.map { ($0, .past) }
        }
        if found == nil, has("ing") {
            let stem = candidate(n - 3, "e") ?? candidate(n - 3) ?? (doubled(n - 3) ? candidate(n - 4) : nil)
            found = stem.map { ($0, .progressive) }
        }
        if let (lemma, inflection) = found { return WordForm(lemma: lemma, inflection: inflection) }
        let ending: Inflection =
            n >= 5 && has("ed") && !has("eed") ? .past : n >= 6 && has("ing") ? .progressive : .base
        return WordForm(lemma: key, inflection: .base, ending: ending)
    }

    /// The lexicon form of every token of a document, by token index; punctuation keeps its key.
    package func forms(of document: Document) -> [WordForm] {
        let body = document.article.body
        // A word's form depends on its key alone, and an article repeats most of its words.
        var seen = TokenKeyIndex()
        var seenForms: [WordForm] = []
        return document.tokens.map { token in
            guard token.kind == .word else { return WordForm(lemma: token.key, inflection: .base) }
            if let known = seen.number(of: token.key) { return seenForms[known] }
            let form = form(of: token.visibleBytes(in: body), key: token.key)
            _ = seen.add(token.key)
            seenForms.append(form)
            return form
        }
    }

    /// Letters and inner hyphens: the words English inflects with a suffix.
    private static func isSuffixable(_ byte: UInt8) -> Bool {
        ASCII.isLetter(byte) || byte == UInt8(ascii: "-")
    }
}
