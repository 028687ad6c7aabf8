import Lexicons
import Reports
import Review
import Testing

/// Each article read alone: a one-article partisan outlet reads its side, wire copy reads
/// none, an article with no claim reads nothing, and an official body is known by its name.
struct ArticleBiasTests {
    typealias Written = ReviewFixture.Written

    private func reading(_ id: String, in bias: CorpusBias) throws -> (OutletBias, ArticleBias) {
        let outlet = try #require(bias.outlets.first { $0.articles.contains(id) })
        return (outlet, try #require(outlet.articleBiases.first { $0.article == id }))
    }

    /// One article, its outlet's only one, read alone.
    private func readAlone(_ body: String, outlet: String) throws -> (OutletBias, ArticleBias) {
        try reading("alone", in: ReviewFixture.bias([Written(id: "alone", outlet: outlet, body: body)]))
    }

    /// Its own voice says who attacked, twice, in one side's words: the article leans, though
    /// its outlet, with one article, clears no outlet bar.
    @Test func aOneArticlePartisanOutletReadsItsSideAtArticleLevel() throws {
        let (outlet, article) = try readAlone(
            "Armenian forces shelled Azerbaijani villages near Lachin overnight in a fresh provocation."
                + " Armenian units again opened fire on the liberated lands around Lachin at dawn.",
            outlet: "Caspian Herald")
        #expect(outlet.verdict.leaning == .none)
        #expect(article.verdict.leaning == .azerbaijani)
        #expect(article.verdict.vote(.narrator) == .azerbaijan && article.verdict.vote(.language) == .azerbaijan)
        #expect(ArticleBiasWording.text(article, of: outlet).hasPrefix("Leans Azerbaijani as written (narrator and language)."))
    }

    /// Relaying one side's account and no other is a reading of the text too.
    @Test func aOneSidedRelayReadsTheSideItCarries() throws {
        let (_, article) = try readAlone(
            "Azerbaijan's defence ministry said Armenian forces shelled its positions near Tovuz."
                + " The ministry said two Azerbaijani soldiers were wounded. It said Armenian units also fired on villages in Tovuz.",
            outlet: "Steppe Courier")
        #expect(article.verdict.sourcing == .azerbaijan)
        #expect(article.verdict.leaning == .azerbaijani)
    }

    @Test func wireCopyQuotingBothSidesReadsNone() throws {
        let (_, article) = try readAlone(
            "Armenia's defence ministry said Azerbaijani forces shelled Jermuk."
                + " Azerbaijan's defence ministry said Armenian units opened fire first near Jermuk. Russia called for restraint.",
            outlet: "Caucasus Wire")
        #expect(article.verdict.leaning == LeaningVerdict.Leaning.none)
        #expect(article.verdict.votes.isEmpty && article.verdict.sourcing == nil)
    }

    @Test func anArticleWithoutClaimsReadsNothing() throws {
        let bias = try ReviewFixture.bias([
            Written(id: "vines", outlet: "Vineyard Weekly", body: "Exports of wine rose by a tenth last year, the statistics office said.")
        ])
        let (outlet, article) = try reading("vines", in: bias)
        #expect(article.verdict.leaning == nil)
        #expect(ArticleBiasWording.text(article, of: outlet) == "It carries no claim about the conflict: there is nothing to read.")
        #expect(BiasReport.markdown(bias).contains("| vines | nothing to read |"))
    }

    /// A capital in a dateline does not make a newspaper a government: its own voice is the
    /// narrator's, flagged by the check and read by the bias report.
    @Test(arguments: ["Caspian Herald (Baku dateline)", "Caspian Herald, Baku", "Baku Evening Post", "Official Baku Daily"])
    func anOutletNamedWithACapitalIsNotAnOfficialBody(outlet: String) throws {
        let body = "Armenian forces shelled Azerbaijani villages near Lachin overnight."
        let article = try ReviewFixture.reviewed(body, outlet: outlet)
        #expect(article.analysis.outletVoice == nil)
        #expect(article.analysis.claims.allSatisfy { $0.party == .narrator })
        #expect(UnattributedClaimRule().flags(in: article).count == 1)
    }

    @Test(arguments: [
        ("Ministry of Defence of Azerbaijan (mod.gov.az)", Party.azerbaijanMod),
        ("Ministry of Foreign Affairs of Armenia, Press Service", .armeniaGov),
    ])
    func anOfficialBodyIsStillKnownByItsName(outlet: String, party: Party) throws {
        #expect(try ReviewFixture.reviewed("Nothing happened.", outlet: outlet).analysis.outletVoice == party)
    }
}

/// A belligerent's state medium is read as its owner's side where its text shows none, and
/// says so; its text still outweighs it, and it is never an official body.
struct StateMediaTests {
    typealias Written = ReviewFixture.Written

    /// A third party's appeal and condolences, relayed with no side quoted: a wire service
    /// reads no side, the state broadcaster its owner's, by its owner and not as written.
    private let relay =
        "France's foreign ministry said it hoped the truce in the region would hold."
        + " \"We are deeply saddened that two aid workers were killed during the shelling,\" the ministry said."

    private func readAlone(_ body: String, outlet: String) throws -> (OutletBias, ArticleBias) {
        let bias = try ReviewFixture.bias([Written(id: "alone", outlet: outlet, body: body)])
        let outlet = try #require(bias.outlets.first)
        return (outlet, try #require(outlet.articleBiases.first))
    }

    @Test func aRelayByAStateBroadcasterReadsItsOwnersSide() throws {
        let (outlet, article) = try readAlone(relay, outlet: "Public Radio of Armenia (en.armradio.am)")
        #expect(outlet.owner == .armenia && outlet.official == nil)
        #expect(article.figures.voice.armenia + article.figures.voice.azerbaijan == 0)
        #expect(article.verdict.leaning == .armenian)
        #expect(article.verdict.textMeasures(for: .armenia).isEmpty && article.verdict.measures(for: .armenia) == ["owner"])
        let reading = ArticleBiasWording.text(article, of: outlet)
        #expect(reading.hasPrefix("Leans Armenian by its owner, not as written: no measure of the text points to either side."))
        #expect(reading.contains("Its outlet is Armenia's state media."))
        // One vote is not an outlet's leaning: an outlet needs two.
        #expect(outlet.verdict.leaning == .none && outlet.verdict.vote(.owner) == .armenia)
        let page = BiasReport.markdown(try ReviewFixture.bias([Written(id: "alone", outlet: outlet.outlet, body: relay)]))
        #expect(page.contains("| state that owns the outlet (owner) | owns it | — | armenia |"))
        #expect(page.contains("| alone | armenian | owner | — | Leans Armenian by its owner, not as written"))
    }

    @Test func theSameRelayByAWireServiceReadsNone() throws {
        let (outlet, article) = try readAlone(relay, outlet: "Caucasus Wire")
        #expect(outlet.owner == nil)
        #expect(article.verdict.leaning == LeaningVerdict.Leaning.none)
    }

    /// The text outweighs the owner: a state agency's article that carries only the other
    /// side's account reads no side, and one that carries only its owner's leans as written
    /// and by its owner.
    @Test(arguments: [
        (
            "AZERTAC", "Armenia's defence ministry said Azerbaijani forces shelled its positions near Sotk."
                + " The ministry said three Armenian soldiers were wounded. It said Azerbaijani units also fired on Jermuk.",
            "Reads no side: only sourcing to Armenia's and owner to Azerbaijan's side."
        ),
        (
            "AzTV", "Azerbaijan's defence ministry said Armenian forces shelled its positions near Tovuz."
                + " The ministry said two Azerbaijani soldiers were wounded. It said Armenian units also fired on villages in Tovuz.",
            "Leans Azerbaijani as written (sourcing) and by its owner."
        ),
    ])
    func theTextOutweighsTheOwner(outlet name: String, body: String, reading: String) throws {
        let (outlet, article) = try readAlone(body, outlet: name)
        #expect(article.verdict.vote(.owner) == .azerbaijan && article.verdict.sourcing != nil)
        #expect(ArticleBiasWording.text(article, of: outlet).hasPrefix(reading))
    }

    /// Only an outlet's own name counts: an outlet that cites a state agency, or names one in
    /// its dateline, is not owned by it.
    @Test(arguments: ["Caucasus Wire, citing Armenpress", "Caucasus Wire (Armenpress)", "Armenian Frontline", "Radio Baku Weekly"])
    func anOutletThatOnlyNamesAStateMediumIsNotOne(outlet: String) throws {
        #expect(try readAlone(relay, outlet: outlet).0.owner == nil)
    }

    @Test func aStateMediumRowNamesAKnownSide() throws {
        let table = try LexiconTable(file: "mine.tsv", text: "# columns: phrase\towner\nGazette of Somewhere\tarmenia-mod\n")
        #expect(throws: LexiconError.self) { try Lexicon(tables: [table]) }
        do {
            _ = try Lexicon(tables: [table])
        } catch {
            #expect(error.description.contains("mine.tsv:2") && error.description.contains("unknown owner `armenia-mod`"))
        }
    }
}

/// Omissions are counted per incident of the reconciler, not per nearby day.
struct IncidentOmissionTests {
    typealias Written = ReviewFixture.Written

    /// Three outlets the same day: two on a clash at Jermuk, one on another at Tovuz. The
    /// Jermuk outlet left out Azerbaijan's ministry, which the other Jermuk report quoted; what
    /// the Tovuz report quoted is another incident's.
    @Test func omissionsAreGroupedByTheReconcilersIncidents() throws {
        let bias = try ReviewFixture.bias([
            Written(id: "a", outlet: "Alpha", body: "Armenia's defence ministry said Azerbaijani forces shelled Jermuk."),
            Written(id: "b", outlet: "Bravo", body: "Azerbaijan's defence ministry said Armenian units fired on positions near Jermuk."),
            Written(id: "c", outlet: "Charlie", body: "Russia's foreign ministry said shells fell near Tovuz."),
        ])
        let alpha = try #require(bias.outlets.first { $0.outlet == "Alpha" })
        let period = try #require(alpha.omissions.periods.first)
        #expect(alpha.omissions.periods.count == 1)
        #expect(period.incident.hasSuffix("jermuk"))
        #expect(period.leftOut == [.azerbaijanMod])
        #expect(period.sidesLeftOut == [.azerbaijan])
    }
}
