import Reconciliation

/// One entry of the index's most disputed points: a contradiction, its incident, and the
/// sentence quoted for it.
package struct DisputedPoint: Sendable {
    package let incident: Incident
    package let finding: Finding
    package let quote: ReportedClaim

    /// The contradictions an analyst should read first, one per (incident, question).
    ///
    /// Ranked by strength — most parties in dispute, then most evidence — but taken in turns
    /// across the kinds of question (who attacked, losses, dates), so that who-attacked
    /// disputes, which always involve the most parties, cannot fill the list. Each point quotes
    /// one sentence not quoted above it; a point whose every sentence is behind a point above
    /// it (wire copy reprinted across incidents) adds nothing and is left out.
    package static func ranked(_ corpus: ReconciledCorpus, limit: Int) -> [DisputedPoint] {
        var candidates: [(incident: Incident, finding: Finding)] = []
        var questions = Set<String>()
        for incident in corpus.incidents {
            for finding in incident.findings where finding.relation == .contradiction {
                guard questions.insert("\(incident.id)/\(finding.key)").inserted else { continue }
                candidates.append((incident, finding))
            }
        }
        let strength = { (finding: Finding) in (finding.parties.count, finding.evidence.count) }
        var remaining = Array(candidates.enumerated())
        var taken: [FindingKind: Int] = [:]
        // The sentences behind the points listed, and the one each point quotes.
        var listed = Set<String>()
        var quoted = Set<String>()
        var points: [DisputedPoint] = []
        while points.count < limit, !remaining.isEmpty {
            // Fewest points of its kind so far, then strongest, then corpus order.
            let best = remaining.indices.min { lhs, rhs in
                let left = remaining[lhs], right = remaining[rhs]
                let leftTurn = taken[left.element.finding.kind, default: 0]
                let rightTurn = taken[right.element.finding.kind, default: 0]
                if leftTurn != rightTurn { return leftTurn < rightTurn }
                let (leftStrength, rightStrength) = (strength(left.element.finding), strength(right.element.finding))
                if leftStrength != rightStrength { return leftStrength > rightStrength }
                return left.offset < right.offset
            }
            guard let best else { break }
            let (incident, finding) = remaining.remove(at: best).element
            let sentences = Set(finding.evidence.map(\.sentence))
            // A sentence of a party in dispute says what the dispute is; a neutral one rarely does.
            let disputing = finding.positions.filter(\.inDispute).flatMap(\.evidence).sorted(by: ReportedClaim.timelineOrder)
            guard !sentences.isSubset(of: listed),
                let quote = (disputing + finding.evidence).first(where: { !quoted.contains($0.sentence) })
            else { continue }
            listed.formUnion(sentences)
            quoted.insert(quote.sentence)
            taken[finding.kind, default: 0] += 1
            points.append(DisputedPoint(incident: incident, finding: finding, quote: quote))
        }
        return points
    }
}
