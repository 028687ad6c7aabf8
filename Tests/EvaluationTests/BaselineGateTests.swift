import ClaimEngine
import Evaluation
import Foundation
import Lexicons
import NewsText
import Reports
import TestSupport
import Testing
import Writers

/// The regression gate: a rule change that makes extraction worse is caught by comparing
/// with the baseline, and named.
struct BaselineGateTests {
    /// A deliberately broken attack rule, for the gate to catch: it blames the wrong side.
    struct FlippedAggressorRule: ClaimRule {
        let rule = AttackRule()
        var kind: ClaimKind { rule.kind }

        func drafts(in context: StatementContext) -> [ClaimDraft] {
            rule.drafts(in: context).map { draft in
                var flipped = draft
                flipped.aggressor = draft.aggressor?.opponent
                return flipped
            }
        }
    }

    static let real: Result<Scorecard, any Error> = Result {
        try CorpusFixture.scorecard(try CorpusFixture.shipped.get())
    }

    static func broken() throws -> Scorecard {
        let typer = ClaimTyper(rules: [FlippedAggressorRule(), CasualtiesRule(), TerritoryRule(), CeasefireRule(), AppealRule()])
        let extractor = try Extractor(lexicon: try Lexicon.bundled(), typer: typer)
        return try CorpusFixture.scorecard(try CorpusFixture.shipped.get(), extractor: extractor)
    }

    /// The baseline a run of the real extractor would commit.
    static func committedBaseline() throws -> Baseline {
        try Baseline(json: Array(ScorecardJSON.render(try real.get()).utf8), file: "Corpus/baseline.json")
    }

    @Test func aBrokenRuleFailsTheGate() throws {
        let real = try Self.real.get()
        let broken = try Self.broken()
        let comparison = try Self.committedBaseline().compare(with: broken)
        #expect(!comparison.passes)
        let names = comparison.regressions.map(\.score)
        #expect(names.contains(.valueAccuracy))
        #expect(names.contains(.strictF1))
        // Detection does not look at the aggressor, so it does not move.
        #expect(!names.contains(.detectionF1))
        let value = try #require(comparison.regressions.first { $0.score == .valueAccuracy })
        let old = FixedPoint.text(try #require(real.total.score(.valueAccuracy)), places: 3)
        let new = FixedPoint.text(try #require(broken.total.score(.valueAccuracy)), places: 3)
        #expect(value.description.hasPrefix("value-accuracy dropped from \(old) to \(new) (by 0."), "\(value)")
        #expect(try #require(broken.kinds[.attack]?.accuracy(of: .aggressor)) < 0.5)
    }

    @Test func theRealExtractorPassesItsOwnBaseline() throws {
        let comparison = try Self.committedBaseline().compare(with: try Self.real.get())
        #expect(comparison.regressions == [])
        #expect(comparison.improvements == [])
    }

    @Test func aDropOfExactlyTheToleranceStillPasses() throws {
        let real = try Self.real.get()
        let recall = try #require(real.total.score(.detectionRecall))
        let printed = Double(FixedPoint.units(recall, places: 3)) / 1000
        #expect(Baseline(scores: [.detectionRecall: printed + 0.010]).compare(with: real).passes)
        let failing = Baseline(scores: [.detectionRecall: printed + 0.011]).compare(with: real)
        #expect(
            failing.regressions.map(\.description) == [
                "detection-recall dropped from \(FixedPoint.text(printed + 0.011, places: 3)) to \(FixedPoint.text(printed, places: 3)) (by 0.011)"
            ])
        let improved = Baseline(scores: [.detectionRecall: printed - 0.02]).compare(with: real)
        #expect(improved.passes)
        #expect(improved.improvements.map(\.score) == [.detectionRecall])
    }

    @Test func theCommittedBaselineHasEveryHeadlineScore() throws {
        let file = CorpusLocation.corpus.appendingPathComponent("baseline.json")
        let baseline = try Baseline(json: [UInt8](try Data(contentsOf: file)), file: file.path)
        #expect(Set(baseline.scores.keys) == Set(HeadlineScore.allCases))
    }

    /// The reconciler is gated too: a run that finds fewer gold contradictions than the
    /// committed `findings` scores fails, by name.
    @Test func aFindingsDropFailsTheGate() throws {
        let file = CorpusLocation.corpus.appendingPathComponent("baseline.json")
        let committed = try Baseline(json: [UInt8](try Data(contentsOf: file)), file: file.path)
        #expect(Set(committed.findings.keys) == Set(FindingsGate.allCases))
        let gold = try GoldFindings.decode(
            Data(contentsOf: CorpusLocation.corpus.appendingPathComponent("findings.json")), file: "findings.json")
        var blind = try Self.real.get()
        blind.findings = FindingsScore.score(predicted: [], gold: gold)  // a reconciler that finds nothing
        let comparison = committed.compare(with: blind)
        #expect(comparison.regressions.map(\.name).contains("findings-recall"))
        #expect(comparison.regressions.allSatisfy { $0.score == nil })
    }

    @Test func aScoreOutsideZeroToOneIsAnError() {
        #expect(throws: BaselineError(file: "old.json", message: "headline score 'strict-f1' is 1e+300; a score lies between 0 and 1")) {
            try Baseline(json: Array(#"{"headline": {"strict-f1": 1e300}}"#.utf8), file: "old.json")
        }
    }

    @Test func aFileThatIsNoScorecardIsAnError() {
        #expect(
            throws: BaselineError(
                file: "old.json",
                message: "not a JSON scorecard with a 'headline' object; check the --baseline path, or write a"
                    + " new baseline with `counterclaim eval CORPUS --format json > baseline.json`"
            )
        ) {
            try Baseline(json: Array(#"{"precision": 0.9}"#.utf8), file: "old.json")
        }
    }
}
