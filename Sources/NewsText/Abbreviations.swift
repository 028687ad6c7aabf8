import Foundation

/// Words that end with a full stop without ending the sentence: `Gen.`, `Lt. Col.`, `No. 5`.
///
/// The list is data (`Resources/abbreviations.txt`, one word a line without its dot, `#`
/// comments) so a user can add the titles of their own beat without touching code. An entry
/// written with a capital (`No`) matches only capitalised words, so `No. 5` is an
/// abbreviation but `he said no. The ministry…` ends a sentence; a lower-case entry
/// (`approx`) matches any case.
package struct Abbreviations: Sendable {
    /// Every entry's key, whatever its case.
    package let keys: Set<TokenKey>
    /// The keys of entries written with a capital first letter.
    package let capitalizedKeys: Set<TokenKey>

    package init(words: some Sequence<String>) {
        var keys: Set<TokenKey> = []
        var capitalizedKeys: Set<TokenKey> = []
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

    /// Parses the file format: one abbreviation a line, a final dot optional and dropped,
    /// blank lines and `#` comments ignored; LF or CRLF line ends.
    ///
    ///     # Titles
    ///     Gen
    ///     Lt.
    package init(fileText: String) {
        var words: [String] = []
        for line in fileText.split(whereSeparator: \.isNewline) {
            let word = line.trimmingCharacters(in: .whitespaces)
            if word.isEmpty || word.hasPrefix("#") { continue }
            words.append(word.hasSuffix(".") ? String(word.dropLast()) : word)
        }
        self.init(words: words)
    }

    /// The list shipped with Counterclaim.
    package static func bundled() throws -> Abbreviations {
        guard let url = Bundle.module.url(forResource: "abbreviations", withExtension: "txt", subdirectory: "Resources")
        else { throw CocoaError(.fileNoSuchFile) }
        return Abbreviations(fileText: try String(contentsOf: url, encoding: .utf8))
    }
}
