import Lexicons
import Reconciliation
import Reports
import Review
import Testing

/// The bias report on the shipped corpus: the partisan outlets show the leaning they were
/// written with, the neutral wire copy none.
struct OutletBiasTests {
    static let bias = ReviewFixture.corpusBias

    private func outlet(_ name: String) throws -> OutletBias {
        try #require(try Self.bias.get().outlets.first { $0.outlet == name })
    }

    @Test(arguments: [
        ("Armenian Frontline", LeaningVerdict.Leaning.armenian),
        ("Azeri Vanguard", .azerbaijani),
        ("Caucasus Wire", .none),
    ])
    func shippedOutletsLeanAsWritten(outlet name: String, leaning: LeaningVerdict.Leaning) throws {
        #expect(try outlet(name).verdict.leaning == leaning)
    }

    @Test func theWireCastsNoVote() throws {
        #expect(try outlet("Caucasus Wire").verdict.votes.isEmpty)
    }

    @Test func thePartisanOutletsAdoptTheirSidesAccountAndDoubtTheOther() throws {
        let frontline = try outlet("Armenian Frontline")
        #expect(frontline.narrator.adopting(.armenia) > 3 * frontline.narrator.adopting(.azerbaijan))
        #expect(frontline.verbs.side(.azerbaijan).count(.doubt) > 0 && frontline.verbs.side(.armenia).count(.doubt) == 0)
        let vanguard = try outlet("Azeri Vanguard")
        #expect(vanguard.narrator.adopting(.azerbaijan) > 3 * vanguard.narrator.adopting(.armenia))
        #expect(vanguard.language.count(.azerbaijani) > 3 * vanguard.language.count(.armenian))
    }

    @Test func everyOutletOnceInNameOrder() throws {
        let names = try Self.bias.get().outlets.map(\.outlet)
        #expect(names == names.sorted())
        #expect(Set(names).count == names.count)
        #expect(names.contains("Rossiya Vestnik"))
    }

    @Test func thePageReadsEachOutletAndSaysWhatItCannotTell() throws {
        let page = BiasReport.markdown(try Self.bias.get())
        #expect(page.hasPrefix("# Outlet bias\n"))
        #expect(page.contains("## Armenian Frontline\n\n**Leaning: armenian.** Leans Armenian: "))
        #expect(page.contains("## Caucasus Wire\n\n**Leaning: none.** No leaning: "))
        #expect(page.contains("## How the leaning is decided"))
        #expect(page.contains("## What these measures cannot tell"))
        #expect(page.contains("### What one article can and cannot show"))
        // Omissions read as English whatever the count, and say so plainly when there are none.
        #expect(page.contains("In the 6 periods it covered, it quotes every side other outlets quoted."))
        #expect(page.contains("Of the 1 period it covered, it leaves out a side other outlets quoted: Armenia's in 1 and Azerbaijan's in none."))
        #expect(!page.contains(" 1 periods") && !page.contains("Armenia's in none and Azerbaijan's in none"))
        let again = CorpusBias(reviewed: try ReviewFixture.corpus.get(), reviewer: try ReviewFixture.reviewer.get())
        #expect(page == BiasReport.markdown(again))
    }
}

/// Whose account a claim in an outlet's own voice adopts, against the figures of its incident.
struct NarratorAdoptionTests {
    /// The adoption index of one article's incidents, as the reconciler groups them.
    private func adoption(_ article: ReviewedArticle) throws -> NarratorAdoption {
        let grouper = try ReviewFixture.reviewer.get().grouper
        let incidents = grouper.group([ArticleClaims(article: article.article, claims: article.analysis.claims)]).incidents
        return NarratorAdoption(IncidentCoverage(incidents))
    }

    @Test(arguments: [
        ("Azerbaijani forces shelled Jermuk.", Belligerent.armenia),
        ("Armenian units opened fire on Azerbaijani positions.", .azerbaijan),
    ])
    func sayingWhoAttackedAdoptsTheTargetsAccount(body: String, account: Belligerent) throws {
        let article = try ReviewFixture.reviewed(body)
        let claim = try #require(article.analysis.claims.first { $0.kind == .attack })
        #expect(try adoption(article).account(of: claim, in: article.article.id) == account)
    }

    @Test func anUndisputedOwnFigureTakesNoSide() throws {
        let article = try ReviewFixture.reviewed("Armenia said 49 soldiers had been killed. 49 Armenian soldiers were killed.")
        let narrated = try #require(article.analysis.claims.last { $0.party == .narrator })
        #expect(try adoption(article).account(of: narrated, in: article.article.id) == nil)
    }

    @Test func theEnemysCountOfLossesIsItsAccount() throws {
        let article = try ReviewFixture.reviewed(
            "Azerbaijan said 200 Armenian soldiers had been killed. 200 Armenian soldiers were killed in the fighting.")
        let narrated = try #require(article.analysis.claims.last { $0.party == .narrator })
        #expect(try adoption(article).account(of: narrated, in: article.article.id) == .azerbaijan)
    }

    @Test func aDisputedOwnFigureIsThatSidesAccount() throws {
        let article = try ReviewFixture.reviewed(
            "Azerbaijan said 200 Armenian soldiers had been killed. Armenia said 49 soldiers had been killed."
                + " 49 Armenian soldiers were killed in the fighting.")
        let narrated = try #require(article.analysis.claims.last { $0.party == .narrator })
        #expect(try adoption(article).account(of: narrated, in: article.article.id) == .armenia)
    }

    /// Figures agree as the reconciler's findings read them: "nearly 50" (45…49) overlaps 49.
    @Test func figuresAgreeAsTheFindingsReadThem() throws {
        let article = try ReviewFixture.reviewed(
            "Azerbaijan said 200 Armenian soldiers had been killed. Armenia said 49 soldiers had been killed."
                + " Nearly 50 Armenian soldiers were killed in the fighting.")
        let narrated = try #require(article.analysis.claims.last { $0.party == .narrator })
        #expect(try adoption(article).account(of: narrated, in: article.article.id) == .armenia)
    }

    /// A figure the article recalls from an earlier war is history, in no incident: it is no
    /// one's account of today's losses, and no figure of today's agrees with it.
    @Test func historyAdoptsNoFigure() throws {
        let article = try ReviewFixture.reviewed(
            "Azerbaijan said 200 Armenian soldiers had been killed. In April 2016, 200 Armenian soldiers were killed.")
        let narrated = try #require(article.analysis.claims.last { $0.party == .narrator && $0.kind == .casualties })
        #expect(try adoption(article).account(of: narrated, in: article.article.id) == nil)
    }
}
