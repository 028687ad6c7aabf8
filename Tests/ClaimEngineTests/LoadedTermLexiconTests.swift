import Lexicons
import NewsText
import Testing
import TestSupport

/// The loaded-terms lexicon: shipped as data, validated on load, extendable by a user, and
/// matched by the mention finder without touching extraction.
struct LoadedTermLexiconTests {
    @Test func theShippedFileLoads() throws {
        let lexicon = try Lexicon.bundled()
        let rows = lexicon.loadedTerms.rows
        #expect(rows.count >= 35)
        #expect(rows.contains { $0.phrase == "occupy" && $0.entry.agent == .blamed })
        #expect(rows.contains { $0.phrase == "liberate" && $0.entry.agent == .credited })
        #expect(rows.contains { $0.phrase == "Artsakh" && $0.entry.leaning == .armenian && $0.entry.neutral == "Nagorno-Karabakh" })
        #expect(rows.contains { $0.phrase == "liberate" && $0.entry.leaning == .azerbaijani })
        for leaning in [WordLeaning.armenian, .azerbaijani] {
            #expect(rows.contains { $0.entry.leaning == leaning })
        }
        #expect(!rows.contains { $0.entry.leaning == .neutral })
    }

    @Test func aNeutralLeaningIsRejectedWithFileAndLine() throws {
        let table = try LexiconTable(file: "mine.tsv", text: "# columns: phrase\tleaning\tneutral\nhero\tneutral\tsoldier\n")
        var lexicon = Lexicon()
        #expect(
            throws: LexiconError(
                file: "mine.tsv", line: 2,
                message: "a loaded term leans to one side; use armenian or azerbaijani (a neutral word is not loaded)")
        ) { try lexicon.add(table) }
    }

    @Test func aUserFileExtendsTheShippedTerms() throws {
        var lexicon = try Lexicon.bundled()
        let before = lexicon.loadedTerms.rows.count
        try lexicon.add(LexiconTable(file: "mine.tsv", text: "# columns: phrase\tleaning\tneutral\nheroic defenders\tarmenian\tsoldiers\n"))
        #expect(lexicon.loadedTerms.rows.count == before + 1)
        #expect(lexicon.loadedTerms.entries(of: "Heroic Defenders")?.first?.neutral == "soldiers")
    }

    @Test func theFinderTakesTheLongestPhrase() throws {
        let extractor = try ExtractionFixture.extractor()
        let analysis = extractor.analysis(
            of: ExtractionFixture.article("Baku condemned the occupied territories and the separatists in Artsakh."))
        let terms = analysis.mentions[0].loadedTerms.map {
            analysis.document.text(analysis.document.tokens.bytes(spanning: $0.tokens))
        }
        #expect(terms == ["occupied territories", "separatists", "Artsakh"])
        #expect(analysis.mentions[0].loadedTerms.map(\.value.leaning) == [.azerbaijani, .azerbaijani, .armenian])
    }
}
