import Evaluation
import Foundation
import NewsText
import Reconciliation
import Reports
import TestSupport
import Testing

/// The reconciler on the shipped corpus with the real extractor, scored against
/// `Corpus/findings.json`: the target of 0.85 for precision and recall. Finer
/// regressions are the baseline gate's (`findings-precision`, `findings-recall` in
/// `Corpus/baseline.json`).
struct ShippedFindingsTests {
    @Test func reconcilerFindsTheGoldContradictions() throws {
        let gold = try GoldFindings.decode(
            Data(contentsOf: CorpusLocation.corpus.appendingPathComponent("findings.json")), file: "findings.json")
        let score = FindingsScore.score(predicted: try ShippedCorpus.reconciled().incidents, gold: gold)
        let report = score.markdown(goldFile: "Corpus/findings.json").joined(separator: "\n")
        #expect((score.total.precision ?? 0) >= 0.85, "findings precision \(score.total.precision ?? 0)\n\(report)")
        #expect((score.total.recall ?? 0) >= 0.85, "findings recall \(score.total.recall ?? 0)\n\(report)")
        #expect(score.tally(.aggressor).recall == 1, "\(report)")
    }
}
