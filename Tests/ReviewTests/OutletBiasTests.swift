import ClaimEngine
import Review
import Testing

/// The bias report on the shipped corpus: the partisan outlets show the leaning they were
/// written with, the neutral wire copy none.
struct OutletBiasTests {
    static let bias: Result<CorpusBias, any Error> = Result { CorpusBias(try ReviewFixture.corpus.get().map(BiasEvidence.init)) }

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
        #expect(page == BiasReport.markdown(CorpusBias(try ReviewFixture.corpus.get().map(BiasEvidence.init))))
    }
}

/// Whose account a claim in an outlet's own voice adopts.
struct NarratorAdoptionTests {
    @Test(arguments: [
        ("Azerbaijani forces shelled Jermuk.", Belligerent.armenia),
        ("Armenian units opened fire on Azerbaijani positions.", .azerbaijan),
    ])
    func sayingWhoAttackedAdoptsTheTargetsAccount(body: String, account: Belligerent) throws {
        let article = try ReviewFixture.reviewed(body)
        let claim = try #require(article.analysis.claims.first { $0.kind == .attack })
        #expect(NarratorAdoption([BiasEvidence(article)]).account(of: claim, published: article.article.published) == account)
    }

    @Test func anUndisputedOwnFigureTakesNoSide() throws {
        let article = try ReviewFixture.reviewed("Armenia said 49 soldiers had been killed. 49 Armenian soldiers were killed.")
        let narrated = try #require(article.analysis.claims.last { $0.party == .narrator })
        #expect(NarratorAdoption([BiasEvidence(article)]).account(of: narrated, published: article.article.published) == nil)
    }

    @Test func theEnemysCountOfLossesIsItsAccount() throws {
        let article = try ReviewFixture.reviewed(
            "Azerbaijan said 200 Armenian soldiers had been killed. 200 Armenian soldiers were killed in the fighting.")
        let narrated = try #require(article.analysis.claims.last { $0.party == .narrator })
        #expect(NarratorAdoption([BiasEvidence(article)]).account(of: narrated, published: article.article.published) == .azerbaijan)
    }

    @Test func aDisputedOwnFigureIsThatSidesAccount() throws {
        let article = try ReviewFixture.reviewed(
            "Azerbaijan said 200 Armenian soldiers had been killed. Armenia said 49 soldiers had been killed."
                + " 49 Armenian soldiers were killed in the fighting.")
        let narrated = try #require(article.analysis.claims.last { $0.party == .narrator })
        #expect(NarratorAdoption([BiasEvidence(article)]).account(of: narrated, published: article.article.published) == .armenia)
    }
}
