import Reconciliation
import Reports
import TestSupport
import Testing

/// What a reader sees on an incident page and in the index: the loss figures with their
/// status, party names rather than ids, evidence folded below each finding, and a list of
/// the most disputed points that names each question once.
struct IncidentPageTests {
    typealias Fixture = ReconciliationFixture.Article

    static let sotk = [
        Fixture(
            "wire-a", published: "2023-03-07",
            "Armenia's defence ministry said on Tuesday that Azerbaijani troops had shelled its positions near Sotk."
                + " The ministry said nearly 20 Armenian soldiers were killed near Sotk."),
        Fixture(
            "azvanguard-a", outlet: "Azeri Vanguard", published: "2023-03-07",
            "Azerbaijan's defence ministry said on Tuesday that Armenian troops had opened fire first near Sotk."
                + " Azerbaijan's defence ministry said 80 Armenian soldiers were killed near Sotk."),
    ]

    func incidentPage(_ articles: [Fixture]) throws -> String {
        let corpus = try ReconciliationFixture.reconcile(articles)
        let incident = try #require(corpus.incidents.first)
        return IncidentPage.page(incident).text
    }

    /// The page of the incident one wire article of 2023-03-07 tells in `body`.
    func wirePage(_ body: String) throws -> String {
        try incidentPage([Fixture("wire-a", published: "2023-03-07", body)])
    }

    @Test func theFiguresTableGivesStatusRangeAndTheSourcesWords() throws {
        let page = try incidentPage(Self.sotk)
        #expect(page.contains("| loss | status | range | Armenia's defence ministry | Azerbaijan's defence ministry |"))
        #expect(
            page.contains(
                "| Armenian forces killed | contested | 18–80 | nearly 20 (18–19), [2023-03-07](../articles/wire-a.md) | 80, [2023-03-07](../articles/azvanguard-a.md) |"
            ))
    }

    @Test func aMergedFigureIsLabelledAsMerged() throws {
        let page = try wirePage("Armenia's defence ministry said on Tuesday that 14 Armenian soldiers were killed or went missing near Sotk.")
        #expect(page.contains("| Armenian forces killed or missing (merged figure) | single source | 14 | 14, [2023-03-07]"))
        #expect(!page.contains("| Armenian forces killed |"))
        #expect(page.contains("armenia killed or missing 14"))
    }

    /// Counts read as English: one article, one outlet, one claim — not "1 articles".
    @Test func aCountOfOneTakesTheSingular() throws {
        let single = try wirePage("Armenia's defence ministry said on Tuesday that Azerbaijani troops had shelled its positions near Sotk.")
        #expect(single.contains("· 1 article from 1 outlet · 1 claim ·"))
        #expect(single.contains("<summary>Its one claim, by the day it refers to</summary>"))
        let pair = try incidentPage(Self.sotk)
        #expect(pair.contains("· 2 articles from 2 outlets · 4 claims ·"))
        #expect(pair.contains("<summary>All 4 claims, by the day they refer to</summary>"))
    }

    @Test func tablesNamePartiesAndSides() throws {
        let page = try incidentPage(Self.sotk)
        #expect(page.contains("| question | Armenia's defence ministry | Azerbaijan's defence ministry |"))
        #expect(page.contains("| Armenia's defence ministry | Armenia | blames Azerbaijan |"))
        #expect(!page.contains("| armenia-mod |"))
        #expect(!page.contains("blames azerbaijan"))
    }

    @Test func evidenceIsFoldedBelowTheSummary() throws {
        let page = try incidentPage(Self.sotk)
        let section = try #require(page.split(separator: "### Who attacked first — contradiction\n").last)
        let summary = try #require(section.range(of: "Armenia's defence ministry blames Azerbaijan"))
        let fold = try #require(section.range(of: "<details>\n<summary>The 2 sentences behind it, from 2 outlets</summary>\n\n| party |"))
        #expect(summary.upperBound <= fold.lowerBound)
        #expect(section.contains("|\n\n</details>\n"))
        #expect(page.contains("<details>\n<summary>All 4 claims, by the day they refer to</summary>\n\n"))
    }

    @Test func theLossChartIsOneTimeAxisWithShortLabels() throws {
        let page = try incidentPage(Self.sotk)
        #expect(page.contains("```mermaid\n%%{init: "))
        #expect(page.contains("gantt\n    dateFormat YYYY-MM-DD\n"))
        #expect(page.contains("    section Armenian forces killed\n    Armenia MoD 18–19 : 2023-03-07, 1d\n    Azerbaijan MoD 80 : 2023-03-07, 1d\n"))
    }

    @Test func theMostDisputedPointsNeverQuoteOneSentenceTwice() throws {
        // The same wire copy, reprinted a year apart: two incidents, one story.
        let story = "Armenia said Azerbaijani forces had attacked its positions. Azerbaijan said Armenian forces had fired first."
        let corpus = try ReconciliationFixture.reconcile([
            Fixture("wire-2022", published: "2022-05-10", story),
            Fixture("wire-2023", published: "2023-05-10", story),
        ])
        #expect(corpus.incidents.count == 2)
        let points = DisputedPoint.ranked(corpus, limit: 10)
        #expect(points.count == 1)
        let index = try #require(ReportSite.pages(corpus).first { $0.path == "README.md" }).text
        #expect(index.contains("1. [") && !index.contains("2. ["))
        #expect(index.contains("   > Armenia said Azerbaijani forces had attacked its positions. — Caucasus Wire, 2022-05-10"))
    }

    @Test func theMostDisputedPointsTakeTurnsAcrossQuestions() throws {
        // Two who-attacked disputes with many parties and one losses dispute with two: the
        // losses dispute comes second, not last.
        let corpus = try ReconciliationFixture.reconcile([
            Fixture(
                "wire-a", published: "2022-05-10",
                "Armenia said Azerbaijani forces had attacked near Jermuk. Azerbaijan said Armenian forces had fired first near Jermuk."
                    + " Turkey said Armenian forces had attacked near Jermuk. France said Azerbaijani troops had attacked near Jermuk."),
            Fixture(
                "wire-b", published: "2023-05-10",
                "Armenia said Azerbaijani forces had attacked near Sotk. Azerbaijan said Armenian forces had fired first near Sotk."
                    + " Turkey said Armenian forces had attacked near Sotk. France said Azerbaijani troops had attacked near Sotk."),
            Fixture(
                "wire-c", published: "2024-05-10",
                "Armenia's defence ministry said 3 Armenian soldiers were killed near Kapan."
                    + " Azerbaijan's defence ministry said 40 Armenian soldiers were killed near Kapan."),
        ])
        let points = DisputedPoint.ranked(corpus, limit: 10)
        #expect(points.map(\.finding.kind) == [.aggressor, .losses, .aggressor])
        let questions = points.map { "\($0.incident.id)/\($0.finding.key)" }
        #expect(Set(questions).count == questions.count)
    }
}
