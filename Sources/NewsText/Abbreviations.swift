/// Words that end with a full stop without ending the sentence: `Gen.`, `Lt. Col.`, `No. 5`.
///
/// The list is data (`abbreviations.tsv` of the `Lexicons` module, which loads it with every
/// other table) so a user can add the titles of their own beat without touching code. An entry
/// written with a capital (`No`) matches only capitalised words, so `No. 5` is an
/// abbreviation but `he said no. The ministry…` ends a sentence; a lower-case entry
/// (`approx`) matches any case.
package struct Abbreviations: Sendable {
    /// Every entry's key, whatever its case.
    package let keys: TokenKeySet
    /// The keys of entries written with a capital first letter.
    package let capitalizedKeys: TokenKeySet

    package init(words: some Sequence<String>) {
        var keys: TokenKeySet = []
        var capitalizedKeys: TokenKeySet = []
        for word in words {
            let key = TokenKey(word)
            keys.insert(key)
            if let first = word.utf8.first, ASCII.isUpper(first) { capitalizedKeys.insert(key) }
        }
        self.keys = keys
        self.capitalizedKeys = capitalizedKeys
    }

    /// Whether this word token, written this way, is a listed abbreviation: with the entry
    /// `Gen`, `Gen` and `GEN` are, `gen` is not.
    package func contains(_ word: Token) -> Bool {
        keys.contains(word.key) && (word.isCapitalized || !capitalizedKeys.contains(word.key))
    }
}
