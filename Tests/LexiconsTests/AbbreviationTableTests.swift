import Lexicons
import NewsText
import Testing

/// The abbreviation table: loaded with every other lexicon, extended by a user's file.
struct AbbreviationTableTests {
    private static func word(_ text: String) -> Token {
        Tokenizer.tokenize(Array(text.utf8))[0]
    }

    @Test func theShippedTableListsTitlesAndMonths() throws {
        let shipped = try Lexicon.bundled().abbreviations
        for title in ["Gen", "Lt", "Col", "No", "Sept", "Mr", "Dr", "St"] {
            #expect(shipped.contains(Self.word(title)), "\(title)")
        }
        #expect(!shipped.contains(Self.word("Baku")))
        #expect(!shipped.contains(Self.word("no")), "a capitalised entry matches only capitalised words")
    }

    @Test func aUserTableAddsAbbreviationsAndDropsTheFinalDot() throws {
        let mine = try LexiconTable(
            file: "titles.tsv", text: "# My beat's titles\r\n# columns: abbreviation\r\n\r\nPolkovnik.\r\nkap\r\n")
        var lexicon = try Lexicon.bundled()
        #expect(!lexicon.abbreviations.contains(Self.word("Polkovnik")))
        try lexicon.add(mine)
        #expect(lexicon.abbreviations.contains(Self.word("Polkovnik")))
        #expect(!lexicon.abbreviations.contains(Self.word("polkovnik")))
        #expect(lexicon.abbreviations.contains(Self.word("Kap")))
        #expect(lexicon.abbreviations.contains(Self.word("Gen")), "the shipped entries stay")
    }
}
