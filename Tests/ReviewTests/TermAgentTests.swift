import Lexicons
import Review
import Testing

/// Terms whose leaning depends on who does what they name: who occupies, liberates or
/// attacks whom decides whose framing the word carries.
struct TermAgentTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let sentence: String
        let word: String
        let agent: Belligerent?
        let leaning: WordLeaning

        var testDescription: String { "\(word) in \(sentence)" }
    }

    static let cases: [Case] = [
        // The subject of the verb.
        Case(sentence: "The Armenian military occupied the district in 1993.", word: "occupied", agent: .armenia, leaning: .azerbaijani),
        Case(sentence: "Azerbaijani troops occupied heights inside Armenia.", word: "occupied", agent: .azerbaijan, leaning: .armenian),
        // A modifier of the noun.
        Case(sentence: "The Armenian occupation lasted three decades.", word: "occupation", agent: .armenia, leaning: .azerbaijani),
        Case(
            sentence: "The Azerbaijani occupation of the highlands began in the autumn.", word: "occupation", agent: .azerbaijan,
            leaning: .armenian),
        Case(sentence: "Azerbaijan's aggression continued.", word: "aggression", agent: .azerbaijan, leaning: .armenian),
        Case(sentence: "Armenia's aggression continued.", word: "aggression", agent: .armenia, leaning: .azerbaijani),
        Case(sentence: "Armenian armed aggression continued.", word: "aggression", agent: .armenia, leaning: .azerbaijani),
        // A passive's agent, and what a noun is done against.
        Case(sentence: "Villages were occupied by Azerbaijani units.", word: "occupied", agent: .azerbaijan, leaning: .armenian),
        Case(sentence: "The aggression against Azerbaijan continued.", word: "aggression", agent: .armenia, leaning: .azerbaijani),
        // What is occupied belongs to the occupier's opponent; what is liberated, to its liberator's side.
        Case(sentence: "Azerbaijani lands occupied for decades were returned.", word: "occupied", agent: .armenia, leaning: .azerbaijani),
        Case(sentence: "Armenian villages were liberated.", word: "liberated", agent: .armenia, leaning: .armenian),
        // Credit goes to the one who liberates.
        Case(sentence: "Armenian forces liberated the town in 1992.", word: "liberated", agent: .armenia, leaning: .armenian),
        Case(sentence: "The Azerbaijani army liberated the town.", word: "liberated", agent: .azerbaijan, leaning: .azerbaijani),
        // No agent named: the file's leaning stands.
        Case(sentence: "The town was liberated.", word: "liberated", agent: nil, leaning: .azerbaijani),
        Case(sentence: "Observers spoke of aggression on Tuesday.", word: "aggression", agent: nil, leaning: .armenian),
    ]

    @Test(arguments: cases)
    func theAgentDecidesTheLeaning(_ example: Case) throws {
        let article = try ReviewFixture.reviewed(example.sentence)
        let use = try #require(article.language.first { $0.text.lowercased() == example.word })
        #expect(use.agent == example.agent)
        #expect(use.leaning == example.leaning)
    }

    /// A verb of saying is no agent: in "Armenia condemned aggression" Armenia does not aggress.
    @Test func theSpeakerOfACondemnationIsNoAgent() throws {
        let article = try ReviewFixture.reviewed("Armenia condemned aggression on Tuesday.")
        let use = try #require(article.language.first { $0.text == "aggression" })
        #expect(use.agent == nil)
        #expect(use.leaning == .armenian)
    }

    @Test func theFlagSaysWhomTheWordIsSaidOf() throws {
        let flags = try ReviewFixture.flags(LoadedTermRule(), "The Armenian military occupied the district in 1993.")
        #expect(flags.first?.reason == "'occupied', said of Armenia, carries Azerbaijan's framing, in the article's own voice")
    }

    /// A word of fixed leaning is read the same whoever is named with it.
    @Test func aFixedTermIgnoresItsNeighbours() throws {
        let article = try ReviewFixture.reviewed("Armenian officials visited Artsakh.")
        let use = try #require(article.language.first { $0.text == "Artsakh" })
        #expect(use.agent == nil && use.leaning == .armenian)
    }

    /// A user's loaded-terms file written before the `agent` column still loads; its rows are fixed.
    @Test func aFileWithTheEarlierHeaderReadsFixed() throws {
        var lexicon = try Lexicon.bundled()
        try lexicon.add(LexiconTable(file: "mine.tsv", text: "# columns: phrase\tleaning\tneutral\nannexation\tarmenian\ttakeover\n"))
        let entry = try #require(lexicon.loadedTerms.entries(of: "annexation")?.first)
        #expect(entry.agent == .fixed)
        #expect(entry.leaning(agent: .armenia) == .armenian)
    }
}
