import Evaluation
import Foundation
import Reconciliation
import Reports
import TestSupport
import Testing
import Writers

/// The matching rule of LABELING.md, on a small corpus and a hand-written gold file.
struct FindingsScoreTests {
    typealias Fixture = ReconciliationFixture.Article

    static let articles = [
        Fixture(
            "wire-a", published: "2022-09-13", "Armenia said on Tuesday that Azerbaijani forces had attacked towns near Jermuk."),
        Fixture(
            "wire-b", published: "2022-09-13",
            "Azerbaijan said on Tuesday that Armenian units had fired first on its positions near Jermuk."),
    ]

    func gold(
        incident: String = "2022-09-13", kind: String = "aggressor",
        quotes: (String, String) = ("attacked towns near Jermuk", "had fired first")
    )
        throws -> GoldFindings
    {
        let text = """
            {"findings": [{"kind": "\(kind)", "incident": "\(incident)", "parties": ["armenia-gov", "azerbaijan-gov"],
              "victim": \(kind == "losses" ? "\"armenia\"" : "null"), "outcome": \(kind == "losses" ? "\"killed\"" : "null"),
              "event": \(kind == "date" ? "\"fighting-start\"" : "null"), "note": "",
              "evidence": [{"document": "wire-a", "party": "armenia-gov", "quote": "\(quotes.0)"},
                           {"document": "wire-b", "party": "azerbaijan-gov", "quote": "\(quotes.1)"}]}]}
            """
        return try GoldFindings.decode(Data(text.utf8), file: "findings.json")
    }

    func score(_ gold: GoldFindings) throws -> FindingsScore {
        FindingsScore.score(predicted: try ReconciliationFixture.reconcile(Self.articles).incidents, gold: gold)
    }

    @Test func aContradictionWithQuotesOfTwoGoldPartiesMatches() throws {
        let score = try score(try gold())
        #expect(score.total == tally(gold: 1, predicted: 1, matched: 1))
        #expect(score.tally(.aggressor).precision == 1 && score.tally(.aggressor).recall == 1)
        #expect(score.misses.isEmpty && score.falsePositives.isEmpty)
    }

    @Test func theGoldDayMustLieInTheIncident() throws {
        let score = try score(try gold(incident: "2022-09-20"))
        #expect(score.total == tally(gold: 1, predicted: 1, matched: 0))
        #expect(score.misses.map(\.index) == [0])
        #expect(score.falsePositives.map(\.finding.key) == ["aggressor-contradiction"])
    }

    @Test func evidenceMustCoverTwoGoldParties() throws {
        let score = try score(try gold(quotes: ("attacked towns near Jermuk", "a sentence nobody wrote")))
        #expect(score.total.matched == 0)
    }

    @Test func theKindMustAgree() throws {
        let score = try score(try gold(kind: "losses"))
        #expect(score.tally(.losses) == tally(gold: 1, predicted: 0, matched: 0))
        #expect(score.tally(.losses).precision == nil)
        #expect(score.tally(.aggressor) == tally(gold: 0, predicted: 1, matched: 0))
    }

    @Test func theScorecardSectionAndJSON() throws {
        let score = try score(try gold())
        let lines = score.markdown(goldFile: "Corpus/findings.json")
        #expect(lines.contains("| total | 1 | 1 | 1 | 1.000 | 1.000 |"))
        #expect(lines.contains("| losses | 0 | 0 | 0 | – | – |"))
        var json = JSONWriter()
        score.write(to: &json)
        #expect(
            json.output.hasPrefix(#"{"total":{"gold":1,"predicted":1,"matched":1,"precision":1.000,"recall":1.000},"aggressor":"#)
        )
    }

    func tally(gold: Int, predicted: Int, matched: Int) -> FindingsScore.Counts {
        var tally = FindingsScore.Counts()
        tally.gold = gold
        tally.predicted = predicted
        tally.matched = matched
        return tally
    }
}
