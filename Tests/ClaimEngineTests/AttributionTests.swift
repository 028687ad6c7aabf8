import Testing
import TestSupport

/// Who says what: every attribution construction, on sentences of conflict news.
/// Published 2022-09-13, a Tuesday, unless a case says otherwise.
struct AttributionTests {
    typealias Case = SentenceCase

    static let indirect: [Case] = [
        Case(
            "Armenia's defence ministry said Azerbaijani forces shelled positions near Jermuk.",
            ["armenia-mod indirect attack aggressor=azerbaijan target=armenia"]),
        Case(
            "Azerbaijan says Armenian units opened fire on its positions in Kalbajar.",
            ["azerbaijan-gov indirect attack aggressor=armenia target=azerbaijan"]),
        Case(
            "Pashinyan told parliament that Azerbaijani troops had attacked Armenian territory.",
            ["armenia-gov indirect attack aggressor=azerbaijan target=armenia"]),
        Case(
            "Baku accused Yerevan of shelling Tartar.",
            ["azerbaijan-gov indirect attack aggressor=armenia target=azerbaijan"]),
        Case(
            "Azerbaijan's defence ministry claimed that Armenian forces had launched an attack.",
            ["azerbaijan-mod indirect attack aggressor=armenia target=azerbaijan"]),
        Case(
            "According to Armenia's defence ministry, Azerbaijani drones struck Goris.",
            ["armenia-mod indirect attack aggressor=azerbaijan target=armenia"]),
        Case(
            "Azerbaijani drones struck Goris, according to Armenia's defence ministry.",
            ["armenia-mod indirect attack aggressor=azerbaijan target=armenia"]),
        Case(
            "Azerbaijani forces shelled Stepanakert on Sunday, Armenia's defence ministry said.",
            ["armenia-mod indirect attack aggressor=azerbaijan target=armenia date=2022-09-11"]),
        Case(
            "Armenian units opened fire on Azerbaijani positions, said Hikmet Hajiyev.",
            ["azerbaijan-gov indirect attack aggressor=armenia target=azerbaijan"]),
        Case(
            "TASS, citing the Armenian defence ministry, reported that Azerbaijani forces had shelled Vardenis.",
            ["armenia-mod indirect attack aggressor=azerbaijan target=armenia"]),
        // A tag set off by commas in mid-sentence: the words go on after it.
        Case(
            "Azerbaijani troops, Pashinyan said, had shelled Jermuk overnight.",
            ["armenia-gov indirect attack aggressor=azerbaijan target=armenia date=2022-09-12"]),
        // "…, Armenia said, adding that …": the "that" is the adding's; the words before are Armenia's.
        Case(
            "Azerbaijani forces shelled Stepanakert, Armenia said, adding that two civilians were wounded.",
            [
                "armenia-gov indirect attack aggressor=azerbaijan target=armenia",
                "armenia-gov indirect casualties victim=civilians-armenia outcome=wounded count=2...2",
            ]),
        // A date that names a truce ("the 10 November 2020 ceasefire") dates no appeal to keep it.
        Case("Guterres urged both sides to respect the 10 November 2020 ceasefire.", ["un indirect appeal"]),
        // A day after an inverted speaker is not part of its name.
        Case(
            "Armenian shelling wounded more than 40 civilians in Tartar, said Azerbaijan's defence ministry on Monday.",
            [
                "azerbaijan-mod indirect attack aggressor=armenia target=azerbaijan date=2022-09-12",
                "azerbaijan-mod indirect casualties victim=civilians-azerbaijan outcome=wounded count=41... date=2022-09-12",
            ]),
        // The words before an inverted speaker run through a partial quote, and the names
        // in them are not speakers.
        Case(
            "A “humanitarian ceasefire” starting at midnight was agreed by Armenia and Azerbaijan, French President Emmanuel Macron said on Saturday.",
            ["france indirect ceasefire status=agreed time=00:00 date=2022-09-10"]),
        // A verb joined to the first clause shares its subject, found after the dateline.
        Case(
            "Sept 14 (TASS) - Moscow is alarmed by the fighting and urges both sides to exercise restraint, Russia's foreign ministry said.",
            ["russia indirect appeal"]),
        // An agency after a statement only relays it; a denial after one is a statement too.
        Case(
            "Stepanakert denies the deaths of two senior officers, TASS reports.",
            ["karabakh indirect casualties negated victim=armenia outcome=killed count=2...2"]),
        Case(
            "Azerbaijani units shelled Sotk overnight, the Armenian defence ministry said, Interfax reports.",
            ["armenia-mod indirect attack aggressor=azerbaijan target=armenia date=2022-09-12"]),
        Case(
            "Baku said Armenian units had shelled Tovuz overnight, Interfax reported.",
            ["azerbaijan-gov indirect attack aggressor=armenia target=azerbaijan date=2022-09-12"]),
        Case(
            "Yerevan said Azerbaijani units had shelled Jermuk, a charge Baku rejected.",
            [
                "armenia-gov indirect attack aggressor=azerbaijan target=armenia",
                "azerbaijan-gov indirect attack aggressor=azerbaijan negated",
            ]),
    ]

    static let speakers: [Case] = [
        Case(
            "Baku said Armenian forces had fired first, while Yerevan insisted that Azerbaijan had launched an unprovoked attack.",
            [
                "azerbaijan-gov indirect attack aggressor=armenia target=azerbaijan",
                "armenia-gov indirect attack aggressor=azerbaijan target=armenia",
            ]),
        Case(
            "Armenian Prime Minister Nikol Pashinyan said Azerbaijan had attacked Armenia.",
            ["armenia-gov indirect attack aggressor=azerbaijan target=armenia"]),
        Case(
            "EU foreign policy chief Josep Borrell urged both sides to exercise restraint.",
            ["eu indirect appeal"]),
        Case(
            "Russian Foreign Ministry spokeswoman Maria Zakharova called for an immediate ceasefire.",
            ["russia indirect appeal"]),
        Case(
            "Azerbaijan's defence ministry reported fighting overnight. The ministry said Armenian units had shelled its positions in Lachin.",
            ["azerbaijan-mod indirect attack aggressor=armenia target=azerbaijan"]),
        Case(
            "Chinese Foreign Ministry spokesperson Wang Wenbin spoke to reporters in Beijing. Wang called on both sides to exercise restraint.",
            ["china indirect appeal"]),
        Case(
            "Kremlin spokesman Dmitry Peskov held a call with reporters. He said Moscow urged an end to the fighting.",
            ["russia indirect appeal"]),
        Case(
            "A local journalist wrote that the Azerbaijani defence ministry claims Armenian saboteurs attacked its positions.",
            ["azerbaijan-mod indirect attack aggressor=armenia target=azerbaijan"]),
        Case(
            "Zakharova, speaking at a briefing in Moscow, said both sides should return to negotiations.",
            ["russia indirect appeal"]),
    ]

    /// A speaker phrase that names several parties speaks for each of them.
    /// Who an office word alone refers to: an official is a person, so the latest person
    /// named, not the latest state; a person named earlier in the same sentence comes first.
    static let officesReferringBack: [Case] = [
        Case(
            "US President Donald Trump said the ceasefire would hold. Moscow welcomed the truce as well. A senior official said Azerbaijani forces had shelled Terter.",
            [
                "usa indirect ceasefire status=in-force",
                "russia indirect ceasefire status=mentioned",
                "usa indirect attack aggressor=azerbaijan",
            ]),
        Case(
            "Pashinyan said Azerbaijani forces had shelled Jermuk. Talks between Russian Foreign Minister Sergei Lavrov and his Armenian and Azerbaijani counterparts were held in Moscow, during which he urged them to respect the ceasefire.",
            [
                "armenia-gov indirect attack aggressor=azerbaijan target=armenia",
                "russia indirect appeal",
            ]),
    ]

    /// "State" in a title is no reporting verb: the sentence has one speaker, named whole.
    @Test func stateInATitleIsNoVerb() throws {
        let extractor = try ExtractionFixture.extractor()
        let analysis = extractor.analysis(
            of: ExtractionFixture.article("US State Secretary Antony Blinken told reporters that Azerbaijani forces had shelled Jermuk."))
        let statements = try #require(analysis.statements.first)
        #expect(statements.count == 1)
        #expect(statements.first?.speakerTokens.map { analysis.document.tokens[$0.lowerBound].key } == analysis.document.tokens.first?.key)
    }

    /// The subject a joined verb shares is read name by name, an office whole: "The Armenian
    /// Defence Ministry … and denied", "EU foreign policy chief Josep Borrell met … and called on".
    static let sharedSubjects: [Case] = [
        Case(
            "The Armenian Defence Ministry called the report a lie and denied firing at Azerbaijani villages.",
            ["armenia-mod indirect attack aggressor=armenia target=azerbaijan negated"]),
    ]

    static let coordinatedSpeakers: [Case] = [
        Case(
            "The presidents of Russia, the United States and France called in a joint statement for an immediate cessation of hostilities.",
            ["russia indirect appeal", "usa indirect appeal", "france indirect appeal"]),
        Case(
            "Armenia and Azerbaijan accuse each other of border attack",
            [
                "armenia-gov indirect attack aggressor=azerbaijan target=armenia",
                "azerbaijan-gov indirect attack aggressor=armenia target=azerbaijan",
            ]),
        Case(
            "France and the European Union called on Azerbaijan to return to talks, while Moscow urged both sides to exercise restraint.",
            ["france indirect appeal", "eu indirect appeal", "russia indirect appeal"]),
        Case(
            "European Council President Charles Michel said he had spoken with Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan and urged both of them to de-escalate.",
            ["eu indirect appeal"]),
        Case(
            "Armenia's defence ministry reported heavy fighting. The ministry in Yerevan later said one Armenian soldier had been killed.",
            ["armenia-mod indirect casualties victim=armenia outcome=killed count=1...1"]),
        Case(
            "Officials in Nagorno-Karabakh said the number of ethnic Armenian servicemen killed in the fighting had risen to 130.",
            ["karabakh indirect casualties victim=armenia outcome=killed count=130...130"]),
        Case(
            "Officials in Stepanakert said 16 Armenian servicemen were killed.",
            ["karabakh indirect casualties victim=armenia outcome=killed count=16...16"]),
        Case(
            "Karabakh Armenian officials said at least 32 people had been killed.",
            ["karabakh indirect casualties victim=armenia outcome=killed count=32..."]),
    ]

    static let quotes: [Case] = [
        // A quote never closed ends with its paragraph; an untagged quote in the next
        // paragraph does not go on with its speaker.
        Case(
            "Presidential aide Hikmet Hajiyev said \"Armenian forces shelled Tartar overnight.\n\nThe envoy also “noted that Azerbaijani troops shelled Goris.",
            ["azerbaijan-gov direct attack aggressor=armenia target=azerbaijan date=2022-09-12", "narrator unattributed attack aggressor=azerbaijan"]),
        Case(
            "\"Azerbaijani forces opened fire on our positions at dawn,\" the ministry in Yerevan said in a statement.",
            ["armenia-gov direct attack aggressor=azerbaijan target=armenia date=2022-09-13"]),
        Case(
            "Armenia’s defence ministry said: “The enemy shelled our positions near Jermuk.”",
            ["armenia-mod direct attack aggressor=azerbaijan target=armenia"]),
        Case(
            "“The enemy shelled our positions. Four of our soldiers were killed,” Armenia’s defence ministry said.",
            [
                "armenia-mod direct attack aggressor=azerbaijan target=armenia",
                "armenia-mod direct casualties victim=armenia outcome=killed count=4...4",
            ]),
        Case(
            // The signature line dates the post.
            "Our positions in the northern direction are under fire from the enemy. — Shushan Stepanyan (@ShStepanyan) September 27, 2020",
            ["armenia-mod direct attack aggressor=azerbaijan target=armenia date=2020-09-27"]),
        Case(
            "Mao Ning: China calls on both sides to exercise restraint and resolve differences through dialogue.",
            ["china direct appeal"]),
        // A quote never closed in its paragraph is a stray mark: it quotes the rest of its
        // sentence, and the paragraph's other speakers keep their claims.
        Case(
            "Armenia said \"Azerbaijani forces shelled Jermuk. Baku said Armenian units fired on Lachin. Moscow urged restraint.",
            [
                "armenia-gov direct attack aggressor=azerbaijan target=armenia",
                "azerbaijan-gov indirect attack aggressor=armenia target=azerbaijan",
                "russia indirect appeal",
            ]),
        Case(
            "Armenia said \"Azerbaijani forces shelled Jermuk.\n\nBaku said Armenian units fired on Lachin.",
            [
                "armenia-gov direct attack aggressor=azerbaijan target=armenia",
                "azerbaijan-gov indirect attack aggressor=armenia target=azerbaijan",
            ]),
        // A name and its office set off by commas between the quote and the verb.
        Case(
            "“Armenian forces shelled Tartar overnight,” Hikmet Hajiyev, an aide to Azerbaijan's president, wrote on Twitter.",
            ["azerbaijan-gov direct attack aggressor=armenia target=azerbaijan date=2022-09-12"]),
        // A quoted paragraph tagged on the line below it, opened by a dash.
        Case(
            "The Turkish foreign ministry issued a statement on Tuesday.\n\n“Armenian units shelled Azerbaijani positions in Lachin. Azerbaijan had no choice but to respond,”\n\n– the ministry said.",
            ["turkey direct attack aggressor=armenia target=azerbaijan"]),
        Case(
            "“Our positions near Sotk were shelled overnight”\n\n— Armenia's defence ministry reported.",
            ["armenia-mod direct attack target=armenia date=2022-09-12"]),
        Case(
            "“The enemy fired on Tavush villages,” - the Armenian defence ministry said.",
            ["armenia-mod direct attack aggressor=azerbaijan target=armenia"]),
        // A line below a quote with no dash is a sentence of its own.
        Case(
            "“Azerbaijani units fired on Tavush villages,”\n\nthe defence ministry said in Yerevan.",
            ["narrator unattributed attack aggressor=azerbaijan"]),
        // A quote over several paragraphs, each reopened and the last closed, stays one quote.
        Case(
            "Armenia's defence ministry said: \"The enemy shelled Jermuk.\n\n\"The enemy also fired on Sotk.\"",
            [
                "armenia-mod direct attack aggressor=azerbaijan target=armenia",
                "armenia-mod direct attack aggressor=azerbaijan target=armenia",
            ]),
    ]

    /// An accusation's words are its charge: a clause after ", and" with a subject of its own
    /// is the writer's.
    static let afterAnAccusation: [Case] = [
        // What became of the truce, set off by ", which", is the writer's aside.
        Case(
            "The two sides blamed each other for breaking the truce, which took effect at noon, with new shelling.",
            [
                "armenia-gov indirect ceasefire status=violated",
                "azerbaijan-gov indirect ceasefire status=violated",
                "narrator unattributed ceasefire status=in-force time=12:00 date=2022-09-13",
                "armenia-gov indirect attack aggressor=azerbaijan target=armenia",
                "azerbaijan-gov indirect attack aggressor=armenia target=azerbaijan",
            ]),
        // One party's two speakers, in words apart, make two claims.
        Case(
            "The two sides blamed each other for breaking the truce, and Azerbaijan's foreign minister said the truce had never taken effect.",
            [
                "armenia-gov indirect ceasefire status=violated",
                "azerbaijan-gov indirect ceasefire status=violated",
                "azerbaijan-gov indirect ceasefire status=violated",
            ]),
        Case(
            "The two sides traded accusations of starting the fighting, and these clashes are the deadliest since the 2020 war, which left thousands dead.",
            [
                "armenia-gov indirect attack aggressor=azerbaijan target=armenia",
                "azerbaijan-gov indirect attack aggressor=armenia target=azerbaijan",
                "narrator unattributed casualties outcome=killed count=2000...9999",
            ]),
    ]

    static let narrator: [Case] = [
        Case(
            "Azerbaijani forces shelled Jermuk overnight, killing two civilians.",
            [
                "narrator unattributed attack aggressor=azerbaijan date=2022-09-12",
                "narrator unattributed casualties victim=civilians-armenia outcome=killed count=2...2 date=2022-09-12",
            ]),
        Case(
            "Armenian positions came under fire from Azerbaijani forces on Tuesday.",
            ["narrator unattributed attack aggressor=azerbaijan target=armenia date=2022-09-13"]),
    ]

    /// A noun for what was said names its speaker just before it, whoever reports it; the
    /// one who rejects it denies what it says.
    static let saidNouns: [Case] = [
        Case(
            "The EU has taken note of Baku’s statement that the Armenian soldiers crossed into Azerbaijan.",
            ["azerbaijan-gov indirect attack aggressor=armenia target=azerbaijan"]),
        Case(
            "Armenia's defence ministry rejected Azerbaijani allegations that Armenian units opened fire first.",
            [
                "armenia-mod indirect attack aggressor=armenia negated",
                "azerbaijan-gov indirect attack aggressor=armenia target=azerbaijan",
            ]),
        // "Allegations" names the account before; what the denial calls it is no attack.
        Case(
            "The Armenian military accused Azerbaijan of firing at Kapan. The Azerbaijani defence ministry dismissed the Armenian allegations as a provocation.",
            [
                "armenia-mod indirect attack aggressor=azerbaijan target=armenia",
                "azerbaijan-mod indirect attack aggressor=azerbaijan target=armenia negated",
            ]),
    ]

    /// The article's own clause before a speaker's: the narrator asserts it.
    static let mixedVoices: [Case] = [
        Case(
            // A call for withdrawal makes no claim (LABELING.md, "Edge cases between kinds").
            "Azerbaijani troops invade Armenia near Black Lake, Yerevan demands withdrawal",
            ["narrator unattributed attack aggressor=azerbaijan target=armenia"]),
        Case(
            "Russia brokers ceasefire after Armenia and Azerbaijan accuse each other of border attack",
            [
                "narrator unattributed ceasefire status=agreed",
                "armenia-gov indirect attack aggressor=azerbaijan target=armenia",
                "azerbaijan-gov indirect attack aggressor=armenia target=azerbaijan",
            ]),
        // The clause before a reporting verb joined by "but" is the writer's, however many
        // parties the speaker phrase names.
        Case(
            "BAKU – Armenia and Azerbaijan reached agreement on a truce starting Saturday, but then accused each other of breaking it.",
            [
                "narrator unattributed ceasefire status=agreed date=2022-09-10",
                "armenia-gov indirect ceasefire status=violated",
                "azerbaijan-gov indirect ceasefire status=violated",
            ]),
    ]

    static let noClaim: [Case] = [
        Case("The foreign ministers of Armenia and Azerbaijan met in Geneva on Monday.", []),
        Case("The two countries fought a war over Nagorno-Karabakh in the early 1990s.", []),
        Case("“Nobody in the village slept last night.”", []),
        Case("Lavrov said he would travel to Yerevan next week.", []),
        Case("Q: Does China have any information on reports that Armenia lost two military positions in the fighting?", []),
        Case("Azerbaijani media said 15 Armenian servicemen had been killed, a figure Yerevan has not confirmed.", [
            "other indirect casualties victim=armenia outcome=killed count=15...15",
        ]),
    ]

    @Test(arguments: indirect) func indirectSpeech(_ example: Case) throws { try check(example) }

    @Test(arguments: speakers) func speakerPhrases(_ example: Case) throws { try check(example) }

    @Test(arguments: officesReferringBack) func officeWordsReferringBack(_ example: Case) throws { try check(example) }

    @Test(arguments: sharedSubjects) func subjectsOfJoinedVerbs(_ example: Case) throws { try check(example) }

    @Test(arguments: coordinatedSpeakers) func coordinatedAndRegionalSpeakers(_ example: Case) throws { try check(example) }

    @Test(arguments: quotes) func directQuotes(_ example: Case) throws { try check(example) }

    @Test(arguments: afterAnAccusation) func writersClauseAfterAnAccusation(_ example: Case) throws { try check(example) }

    @Test(arguments: narrator) func narratorVoice(_ example: Case) throws { try check(example) }

    @Test(arguments: saidNouns) func statementNouns(_ example: Case) throws { try check(example) }

    @Test(arguments: mixedVoices) func narratorBesideASpeaker(_ example: Case) throws { try check(example) }

    @Test(arguments: noClaim) func sentencesWithoutClaims(_ example: Case) throws { try check(example) }

    @Test func officialOutletSpeaksForItsMinistry() throws {
        let claims = try ExtractionFixture.summaries(
            "The enemy shelled our positions near Hadrut on Monday.", published: "2020-09-28",
            outlet: "Ministry of Defence of Armenia")
        #expect(claims == ["armenia-mod unattributed attack aggressor=azerbaijan target=armenia date=2020-09-28"])
    }

    /// An adverb between a ministry's "we" and its verb leaves the voice the ministry's own.
    @Test func officialOutletsWeBeforeAnAdverb() throws {
        let claims = try ExtractionFixture.summaries(
            "We strongly condemn the shelling of Tovuz by Armenian units.", published: "2020-07-13",
            outlet: "Ministry of Foreign Affairs of Azerbaijan")
        #expect(claims == ["azerbaijan-gov unattributed attack aggressor=armenia target=azerbaijan"])
    }

    /// Adverbs and auxiliaries before the verb are no part of the speaker's name, and a shared
    /// subject ends with its last name.
    @Test(arguments: [
        ("EU foreign policy chief Josep Borrell met Armenia's foreign minister and called on Azerbaijan to halt military activities.", "EU foreign policy chief Josep Borrell"),
        ("Lavrov strongly urged the sides to respect the truce.", "Lavrov"),
        ("The ministry later said Azerbaijani forces had shelled Jermuk.", "The ministry"),
        ("Armenia had formally asked Moscow for help after Azerbaijani forces shelled Jermuk.", "Armenia"),
        ("The family said the soldier had been killed near Jermuk.", "The family"),
    ])
    func speakerPhraseLeavesOutAdverbs(sentence: String, speaker: String) throws {
        let extractor = try ExtractionFixture.extractor()
        let analysis = extractor.analysis(of: ExtractionFixture.article(sentence))
        let statement = try #require(analysis.statements.first?.first { $0.speakerTokens != nil })
        let phrase = try #require(statement.speakerTokens)
        #expect(analysis.document.text(analysis.document.tokens.bytes(spanning: phrase)) == speaker)
    }

    /// A conjunction that joins the speaker's clause to the one before is no part of its name.
    @Test func speakerNameLeavesOutTheConjunction() throws {
        let extractor = try ExtractionFixture.extractor()
        let analysis = extractor.analysis(
            of: ExtractionFixture.article("Yerevan reported heavy shelling, and Azerbaijan's foreign minister said the truce had never taken effect."))
        let names = try #require(analysis.statements.first).compactMap { $0.speaker.phrase.map(analysis.document.text) }
        #expect(names.contains("Azerbaijan's foreign minister"))
        #expect(!names.contains { $0.hasPrefix("and ") })
    }

    /// A state word in a news outlet's name does not make its own voice the state's.
    @Test(arguments: [
        "Armenian Frontline", "China Horizon", "Azeri Vanguard", "Caspian Post (Baku dateline)", "Caspian Post, Baku dateline",
        "Armenian Army Herald", "Official Baku Daily",
    ])
    func newsOutletNamedForAStateIsTheNarrator(outlet: String) throws {
        let claims = try ExtractionFixture.summaries(
            "Azerbaijani forces shelled Jermuk overnight.", published: "2022-09-13", outlet: outlet)
        #expect(claims == ["narrator unattributed attack aggressor=azerbaijan date=2022-09-12"])
    }

    @Test func officialOutletIsWhoItsOfficesReferTo() throws {
        let claims = try ExtractionFixture.summaries(
            "He deplores the loss of life, including of civilians.", published: "2020-09-29", outlet: "UN Spokesperson's Office")
        #expect(claims == ["un indirect casualties outcome=killed"])
    }

    @Test(arguments: ["EU External Action Service", "UN Spokesperson's Office"])
    func officialBodyOutletSpeaksForItsBody(outlet: String) throws {
        let extractor = try ExtractionFixture.extractor()
        #expect(extractor.outletVoice(outlet) != nil)
        #expect(extractor.outletVoice("Caucasus Wire") == nil)
    }

    /// The stages of an analysis line up by sentence: each sentence's statements and claims
    /// are its own, and each claim carries the rules of the statement and the typing that made it.
    @Test func theAnalysisLinesUpItsStagesBySentence() throws {
        let extractor = try ExtractionFixture.extractor()
        let analysis = extractor.analysis(of: ExtractionFixture.article("Armenia said Azerbaijani forces shelled Jermuk. Baku denied it."))
        #expect(analysis.mentions.map(\.sentence.range) == analysis.document.sentences.map(\.range))
        #expect(analysis.statements.map { $0.map(\.rule) } == [[.indirectSpeech], [.denial]])
        #expect(analysis.claims.map(\.rule.description) == ["indirect-speech/attack-verb-active", "denial/attack-denied-account"])
        #expect(analysis.claims.map(\.rule.typing) == [.attack(.verb, .active), .attackDeniedAccount])
        #expect(analysis.claims.map(\.sentence) == analysis.document.sentences.map(\.range))
    }
}
