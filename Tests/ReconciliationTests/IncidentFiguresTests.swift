import Lexicons
import Reconciliation
import Reports
import TestSupport
import Testing

/// The per-incident loss figures: each party's latest figure, the range and the status, on
/// small corpora of sentences written for these tests.
struct IncidentFiguresTests {
    typealias Fixture = ReconciliationFixture.Article

    /// The figures of a one-incident corpus.
    func figures(_ articles: [Fixture]) throws -> IncidentFigures {
        let corpus = try ReconciliationFixture.reconcile(articles)
        #expect(corpus.incidents.count == 1, "\(corpus.incidents.map(\.id))")
        let incident = try #require(corpus.incidents.first)
        return IncidentFigures(incident)
    }

    func row(_ figures: IncidentFigures, _ victim: Victim, _ outcomes: Outcome...) throws -> FigureRow {
        try #require(figures.rows.first { $0.question == FigureQuestion(victim: victim, outcomes: outcomes) })
    }

    @Test func bothSidesWithOverlappingFiguresAreConfirmed() throws {
        let found = try figures([
            Fixture(
                "wire-a", published: "2023-03-07",
                "Armenia's defence ministry said on Tuesday that nearly 20 Armenian soldiers were killed near Sotk."),
            Fixture(
                "wire-b", outlet: "Azeri Vanguard", published: "2023-03-07",
                "Azerbaijan's defence ministry said on Tuesday that 18 Armenian soldiers were killed near Sotk."),
        ])
        let killed = try row(found, .armenia, .killed)
        #expect(killed.status == .confirmed)
        #expect(killed.figures.map(\.party) == [.armeniaMod, .azerbaijanMod])
        #expect(killed.range == CountInterval(min: 18, max: 19))
        let ministry = try #require(killed.figures.first)
        #expect(ministry.wording == "nearly 20")
        #expect(ministry.count.readable == "18–19")
    }

    @Test func figuresOfTwoSidesThatCannotBothBeTrueAreContested() throws {
        let found = try figures([
            Fixture(
                "wire-a", published: "2023-03-07",
                "Armenia's defence ministry said on Tuesday that 4 Armenian soldiers were killed near Sotk."),
            Fixture(
                "wire-b", outlet: "Azeri Vanguard", published: "2023-03-07",
                "Azerbaijan's defence ministry said on Tuesday that 60 Armenian soldiers were killed near Sotk."),
        ])
        let killed = try row(found, .armenia, .killed)
        #expect(killed.status == .contested)
        #expect(killed.range == CountInterval(min: 4, max: 60))
    }

    @Test func aDenialAgainstACountIsContested() throws {
        let found = try figures([
            Fixture(
                "wire-a", published: "2023-03-07",
                "Azerbaijan's defence ministry said on Tuesday that 3 Armenian soldiers were wounded near Sotk."
                    + " Armenia's defence ministry denied that any Armenian soldiers were wounded near Sotk.")
        ])
        let wounded = try row(found, .armenia, .wounded)
        #expect(wounded.status == .contested)
        let denial = try #require(wounded.figures.first { $0.party == .armeniaMod })
        #expect(denial.isDenial && denial.count == .exactly(0) && denial.wording == nil)
    }

    @Test func oneSideAloneIsASingleSource() throws {
        let found = try figures([
            Fixture(
                "wire-a", published: "2023-03-07",
                "Armenia's defence ministry said on Tuesday that 4 Armenian soldiers were killed near Sotk."
                    + " Armenia's government said on Tuesday that 4 Armenian soldiers were killed near Sotk.")
        ])
        let killed = try row(found, .armenia, .killed)
        #expect(killed.status == .singleSource)
        #expect(killed.figures.map(\.party) == [.armeniaMod, .armeniaGov])
    }

    @Test func oneSidesTollsOfDifferentDaysAreNotAContest() throws {
        let found = try figures([
            Fixture(
                "wire-a", published: "2023-03-07",
                "Armenia's defence ministry said on Tuesday that 4 Armenian soldiers were killed near Sotk."),
            Fixture(
                "wire-b", published: "2023-03-09",
                "Armenia's government said on Thursday that 11 Armenian soldiers were killed near Sotk."),
        ])
        #expect(try row(found, .armenia, .killed).status == .singleSource)
    }

    @Test func anUndatedArticleNeverGivesTheLatestFigure() throws {
        let found = try figures([
            Fixture(
                "wire-b", published: "2023-03-08",
                "Armenia's defence ministry said on Tuesday that 9 Armenian soldiers were killed near Sotk."),
            // Listed first and with a later event day: neither makes its figure the latest.
            Fixture(
                "aaa-undated", published: "",
                "Armenia's defence ministry said on 8 March 2023 that 2 Armenian soldiers were killed near Sotk."),
            Fixture(
                "wire-a", published: "2023-03-07",
                "Armenia's defence ministry said on Tuesday that 5 Armenian soldiers were killed near Sotk."),
        ])
        let latest = try #require(try row(found, .armenia, .killed).figures.first)
        #expect(latest.count == .exactly(9))
        #expect(latest.claim.document == "wire-b")
    }

    @Test func aFigureForTwoOutcomesIsMergedNotAToll() throws {
        let found = try figures([
            Fixture(
                "wire-a", published: "2023-03-07",
                "Armenia's defence ministry said on Tuesday that 14 Armenian soldiers were killed or went missing near Sotk."
                    + " Azerbaijan's defence ministry said on Tuesday that 6 Armenian soldiers were killed near Sotk.")
        ])
        let merged = try row(found, .armenia, .killed, .missing)
        #expect(merged.question.isMerged)
        #expect(merged.question.readable == "Armenian forces killed or missing")
        #expect(merged.figures.map(\.party) == [.armeniaMod])
        // The 14 is not set against Baku's 6 killed: it is no killed figure.
        let killed = try row(found, .armenia, .killed)
        #expect(killed.figures.map(\.party) == [.azerbaijanMod])
        #expect(killed.status == .singleSource)
    }
}
