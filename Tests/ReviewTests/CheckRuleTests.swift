import Lexicons
import Reports
import Review
import Testing

/// Every flag of the attribution check: a sentence that must raise it, and a near-identical
/// twin that must not (attributed; `said` used evenly; both sides quoted; the neutral word).
struct CheckRuleTests {
    /// A rule, a text that raises it on `sentence`, and its twin that does not.
    struct Pair: Sendable, CustomTestStringConvertible {
        let rule: String
        let raises: String
        /// The sentence of `raises` the flag must cite, exactly.
        let sentence: String
        /// The words the flag is about, when not the whole sentence.
        let words: String?
        let twin: String

        var testDescription: String { "\(rule): \(raises)" }
    }

    static let pairs: [Pair] = [
        Pair(
            rule: "unattributed-claim", raises: "Azerbaijani forces shelled Jermuk overnight.",
            sentence: "Azerbaijani forces shelled Jermuk overnight.", words: nil,
            twin: "Azerbaijani forces shelled Jermuk overnight, Armenia's defence ministry said."),
        Pair(
            rule: "unattributed-claim", raises: "Nearly 50 Armenian soldiers were killed in the fighting.",
            sentence: "Nearly 50 Armenian soldiers were killed in the fighting.", words: nil,
            twin: "Armenia's defence ministry said nearly 50 Armenian soldiers were killed in the fighting."),
        Pair(
            rule: "attribution-verb",
            raises: "Armenia said Azerbaijani forces shelled Jermuk. Azerbaijan claimed that Armenian units had fired first.",
            sentence: "Azerbaijan claimed that Armenian units had fired first.", words: "claimed",
            twin: "Armenia said Azerbaijani forces shelled Jermuk. Azerbaijan said that Armenian units had fired first."),
        Pair(
            rule: "attribution-verb",
            raises: "Armenia confirmed that Azerbaijani forces shelled Jermuk. Azerbaijan said that Armenian units had fired first.",
            sentence: "Armenia confirmed that Azerbaijani forces shelled Jermuk.", words: "confirmed",
            twin: "Armenia said that Azerbaijani forces shelled Jermuk. Azerbaijan said that Armenian units had fired first."),
        Pair(
            rule: "one-sided-sourcing",
            raises: "Armenia's defence ministry said Azerbaijani forces shelled Jermuk. The ministry said 49 soldiers had been killed.",
            sentence: "Armenia's defence ministry said Azerbaijani forces shelled Jermuk.", words: nil,
            twin:
                "Armenia's defence ministry said Azerbaijani forces shelled Jermuk. Azerbaijan's defence ministry said Armenian units had fired first."
        ),
        Pair(
            rule: "vague-source", raises: "Sources said Azerbaijani forces shelled Jermuk.",
            sentence: "Sources said Azerbaijani forces shelled Jermuk.", words: "Sources",
            twin: "Officials in Yerevan said Azerbaijani forces shelled Jermuk."),
        Pair(
            rule: "vague-source", raises: "It is believed that Azerbaijani forces shelled Jermuk.",
            sentence: "It is believed that Azerbaijani forces shelled Jermuk.", words: "It is believed",
            twin: "Armenia said that Azerbaijani forces shelled Jermuk."),
        Pair(
            rule: "loaded-term", raises: "The Azerbaijani army liberated six villages near Fuzuli.",
            sentence: "The Azerbaijani army liberated six villages near Fuzuli.", words: "liberated",
            twin: "The Azerbaijani army retook six villages near Fuzuli."),
        Pair(
            rule: "loaded-term", raises: "Hasanov said the army had liberated six villages near Fuzuli.",
            sentence: "Hasanov said the army had liberated six villages near Fuzuli.", words: "liberated",
            twin: "Hasanov said the army had \"liberated\" six villages near Fuzuli."),
        Pair(
            rule: "loaded-term", raises: "Shells fell on villages across Artsakh.",
            sentence: "Shells fell on villages across Artsakh.", words: "Artsakh",
            twin: "Shells fell on villages across Nagorno-Karabakh."),
        // An invisible mark inside a word does not hide it from the check.
        Pair(
            rule: "loaded-term", raises: "Shells fell on villages across Arts\u{200B}akh.",
            sentence: "Shells fell on villages across Arts\u{200B}akh.", words: "Arts\u{200B}akh",
            twin: "Shells fell on villages across Nagorno-Karabakh."),
        Pair(
            rule: "unattributed-claim", raises: "Azerbaijani forces shel\u{2063}led Jermuk overnight.",
            sentence: "Azerbaijani forces shel\u{2063}led Jermuk overnight.", words: nil,
            twin: "Armenia said Azerbaijani forces shelled Jermuk overnight."),
        Pair(
            rule: "contested-name", raises: "Azerbaijani shells hit Stepanakert overnight.",
            sentence: "Azerbaijani shells hit Stepanakert overnight.", words: "Stepanakert",
            twin: "Azerbaijani shells hit Stepanakert (Khankendi) overnight."),
        Pair(
            rule: "contested-name", raises: "Armenian forces shelled Shusha, Azerbaijan said.",
            sentence: "Armenian forces shelled Shusha, Azerbaijan said.", words: "Shusha",
            twin: "Armenian forces shelled Shusha (Shushi), Azerbaijan said."),
    ]

    @Test(arguments: pairs)
    func raisedOnTheSentenceAndNotOnItsTwin(pair: Pair) throws {
        let rule = try #require(CheckRules.all.first { $0.id.rawValue == pair.rule })
        let article = try ReviewFixture.reviewed(pair.raises)
        let flags = rule.flags(in: article)
        #expect(flags.count == 1, "\(flags.map(\.reason))")
        let flag = try #require(flags.first)
        #expect(flag.rule.rawValue == pair.rule)
        #expect(article.text(flag.sentence) == pair.sentence)
        #expect(article.text(flag.evidence) == (pair.words ?? pair.sentence))
        #expect(!flag.reason.isEmpty && !flag.suggestion.isEmpty)
        let twin = try ReviewFixture.flags(rule, pair.twin)
        #expect(twin.isEmpty, "\(twin.map(\.reason))")
    }

    @Test func unevenVerbsAreNamedInTheReason() throws {
        let flags = try ReviewFixture.flags(
            AttributionVerbRule(),
            "Armenia said Azerbaijani forces shelled Jermuk. Azerbaijan claimed that Armenian units had fired first.")
        let reason = try #require(flags.first?.reason)
        #expect(reason == "'claimed' casts doubt on Azerbaijan's account, while Armenia's statements get 'said' ×1: uneven")
        #expect(flags.first?.suggestion.hasPrefix("write 'said'") == true)
    }

    @Test func doubtForBothSidesIsNotCalledUneven() throws {
        let flags = try ReviewFixture.flags(
            AttributionVerbRule(),
            "Armenia claimed Azerbaijani forces shelled Jermuk. Azerbaijan claimed that Armenian units had fired first.")
        #expect(flags.count == 2)
        #expect(flags.allSatisfy { !$0.reason.contains("uneven") && $0.reason.contains("both sides") })
    }

    @Test func theFixNamesThePartyWhoseAccountTheSentenceRepeats() throws {
        let flags = try ReviewFixture.flags(
            UnattributedClaimRule(),
            "Armenia's defence ministry said Azerbaijani forces shelled Jermuk. Azerbaijani forces also shelled Goris on Monday.")
        #expect(flags.count == 1)
        #expect(flags.first?.suggestion.contains("(armenia-mod)") == true)
        #expect(flags.first?.suggestion.contains("sentence 1") == true)
    }

    /// The fix names a source about the same incident: what the article recalls of an earlier
    /// war (history, in no incident) is no source for today's shelling.
    @Test func theFixNamesNoSourceFromHistory() throws {
        let flags = try ReviewFixture.flags(
            UnattributedClaimRule(),
            "In April 2016, Armenia's defence ministry said Azerbaijani forces had attacked. Azerbaijani forces shelled Goris on Monday.")
        #expect(flags.count == 1)
        #expect(flags.first?.suggestion.contains("armenia-mod") == false)
    }

    @Test func aVagueSourceIsNotAlsoAnUnattributedClaim() throws {
        #expect(try ReviewFixture.flags(UnattributedClaimRule(), "It is believed that Azerbaijani forces shelled Jermuk.").isEmpty)
    }

    @Test func anOfficialOutletsOwnVoiceIsItsPartysClaimNotTheNarrators() throws {
        let article = try ReviewFixture.reviewed(
            "Azerbaijani forces shelled our positions near Jermuk.", outlet: "Ministry of Defence of Armenia")
        #expect(UnattributedClaimRule().flags(in: article).isEmpty)
    }

    @Test func aContestedNameIsFlaggedOnceWithItsCount() throws {
        let flags = try ReviewFixture.flags(
            ContestedNameRule(), "Azerbaijani shells hit Stepanakert. Residents of Stepanakert sheltered in basements.")
        #expect(flags.count == 1)
        #expect(flags.first?.reason.contains("used 2 times") == true)
        #expect(flags.first?.suggestion == "at first mention write 'Stepanakert (Khankendi)'")
    }

    @Test func aNeutralRivalIsSuggestedBeforeBothNames() throws {
        let flags = try ReviewFixture.flags(ContestedNameRule(), "Azerbaijani troops advanced towards Garagol, Armenia said.")
        #expect(flags.first?.suggestion == "at first mention write 'Black Lake'")
    }

    @Test func scareQuotedTermsAreTheSourcesWords() throws {
        let flags = try ReviewFixture.flags(LoadedTermRule(), "Baku said its army had launched ‘anti-terrorist measures’ on Tuesday.")
        #expect(flags.isEmpty)
    }

    /// "Armenian aggression" is no row of its own: the term's agent decides, whoever names it.
    @Test func theAgentOfALoadedTermDecidesTheLeaning() throws {
        let article = try ReviewFixture.reviewed("Turkey condemned the Armenian aggression against Azerbaijan.")
        #expect(article.language.map(\.text) == ["aggression"])
        #expect(article.language.first?.leaning == .azerbaijani)
        #expect(article.language.first?.agent == .armenia)
    }

    /// Common loaded words of both sides are in the data file, read with their agent, and the
    /// suggestion names the side the sentence names — never the other one.
    @Test(arguments: [
        ("Azerbaijani invaders shelled Goris on Tuesday.", "invaders", WordLeaning.armenian, "neutral wording: Azerbaijani forces"),
        ("Armenian invaders burned the village, Baku said.", "invaders", .azerbaijani, "neutral wording: Armenian forces; or quote the speaker's own word in quotation marks"),
        ("The Aliyev regime ordered the offensive.", "regime", .armenian, "neutral wording: Azerbaijani authorities"),
        ("The regime in Stepanakert refused the offer.", "regime", .azerbaijani, "neutral wording: authorities (say whose)"),
        ("The Azerbaijani occupation of the villages went on.", "occupation", .armenian, "neutral wording: Azerbaijani control"),
        ("Armenian occupation of the districts lasted decades.", "occupation", .azerbaijani, "neutral wording: Armenian control"),
        ("Armenia's defence ministry said the enemy had shelled its positions near Jermuk.", "enemy", .armenian,
         "neutral wording: Azerbaijani forces; or quote the speaker's own word in quotation marks"),
        ("Azerbaijan's defence ministry said the enemy had shelled its positions near Tovuz.", "enemy", .azerbaijani,
         "neutral wording: Armenian forces; or quote the speaker's own word in quotation marks"),
    ])
    func theSuggestionKeepsTheSentencesSide(text: String, word: String, leaning: WordLeaning, suggestion: String) throws {
        let article = try ReviewFixture.reviewed(text)
        let use = try #require(article.language.first { $0.text.lowercased() == word })
        #expect(use.leaning == leaning)
        let flag = try #require(LoadedTermRule().flags(in: article).first { article.text($0.evidence).lowercased() == word })
        #expect(flag.suggestion == suggestion)
    }
}
