import NewsText
import Reconciliation

/// How well the reconciler finds the gold contradictions of `Corpus/findings.json`.
///
/// The matching rule of LABELING.md: a predicted contradiction matches a gold finding when
/// the kind is the same, the gold incident date lies within the predicted incident's days,
/// victim and outcome (losses) or event (date) agree, and its evidence holds a sentence
/// containing a gold quote for at least two of the gold parties. Each gold finding and each
/// prediction is matched at most once, gold findings in file order.
///
/// Only contradictions are predictions: revisions, omissions and agreements are not labelled.
package struct FindingsScore: Sendable {
    /// The counts behind precision and recall for one slice (all kinds, or one kind).
    package struct Counts: Sendable, Equatable {
        package var gold = 0
        package var predicted = 0
        package var matched = 0

        package init() {}

        /// nil when nothing was predicted.
        package var precision: Double? { predicted == 0 ? nil : Double(matched) / Double(predicted) }
        /// nil when there is no gold finding.
        package var recall: Double? { gold == 0 ? nil : Double(matched) / Double(gold) }
    }

    /// A predicted contradiction, with the incident it belongs to.
    package struct Prediction: Sendable {
        package let incident: Incident
        package let finding: Finding
    }

    package private(set) var total = Counts()
    package private(set) var kinds: [FindingKind: Counts] = [:]
    /// Gold findings no prediction matched, with their index in the file.
    package private(set) var misses: [(index: Int, finding: GoldFindings.Finding)] = []
    /// Predictions that matched no gold finding.
    package private(set) var falsePositives: [Prediction] = []

    /// Scores the contradictions of the incidents against the gold findings.
    package static func score(predicted incidents: [Incident], gold: GoldFindings) -> FindingsScore {
        var score = FindingsScore()
        let predictions = incidents.flatMap { incident in
            incident.findings.filter { $0.relation == .contradiction && GoldFindings.kinds.contains($0.kind) }
                .map { Prediction(incident: incident, finding: $0) }
        }
        var used = Set<Int>()
        for (index, gold) in gold.findings.enumerated() {
            score.count(gold.kind) { $0.gold += 1 }
            let match = predictions.indices.first { !used.contains($0) && matches(predictions[$0], gold) }
            if let match {
                used.insert(match)
                score.count(gold.kind) { $0.matched += 1 }
            } else {
                score.misses.append((index, gold))
            }
        }
        for (index, prediction) in predictions.enumerated() {
            score.count(prediction.finding.kind) { $0.predicted += 1 }
            if !used.contains(index) { score.falsePositives.append(prediction) }
        }
        return score
    }

    /// The slice of one kind (zeros when the kind never occurs).
    package func tally(_ kind: FindingKind) -> Counts { kinds[kind] ?? Counts() }

    private mutating func count(_ kind: FindingKind, _ change: (inout Counts) -> Void) {
        change(&total)
        var slice = kinds[kind] ?? Counts()
        change(&slice)
        kinds[kind] = slice
    }

    /// The matching rule of LABELING.md.
    package static func matches(_ prediction: Prediction, _ gold: GoldFindings.Finding) -> Bool {
        let finding = prediction.finding
        guard finding.kind == gold.kind, prediction.incident.span?.contains(gold.incident) == true else { return false }
        switch gold.kind {
        case .losses: guard finding.victim == gold.victim, finding.outcome == gold.outcome else { return false }
        case .date: guard finding.event == gold.event else { return false }
        default: break
        }
        let evidence = finding.evidence
        let covered = Set(
            gold.evidence.filter { quote in
                evidence.contains { $0.document == quote.document && $0.sentence.contains(quote.quote) }
            }.map(\.party))
        return covered.count >= min(2, gold.parties.count)
    }
}
