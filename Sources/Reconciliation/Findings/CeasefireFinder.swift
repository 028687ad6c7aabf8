
/// Where the accounts agree that a ceasefire was reached or holds, so a reader sees the
/// whole picture and not only the disputes:
///
///     Armenian Prime Minister Nikol Pashinyan said Armenia had agreed to the truce.      armenia-gov
///     Russia's Foreign Ministry said … Armenia and Azerbaijan had agreed to a ceasefire. russia
///
/// An **agreement** when parties of at least two sides, one of them a belligerent, say a
/// ceasefire was agreed or is in force. Parties that report it violated are shown beside them.
package struct CeasefireFinder: FindingRule {
    package let name = "ceasefire"

    package init() {}

    package func findings(in incident: Incident) -> [Finding] {
        let ceasefires = incident.claims.filter { $0.claim.kind == .ceasefire && !$0.claim.negated && $0.party.takesSides }
        let confirming = Dictionary(grouping: ceasefires.filter { [.agreed, .inForce].contains($0.claim.status) }, by: \.party)
        let sides = Set(confirming.keys.map(\.side))
        guard sides.count >= 2, confirming.keys.contains(where: { $0.belligerent != nil }) else { return [] }
        let violated = Dictionary(grouping: ceasefires.filter { $0.claim.status == .violated }, by: \.party)
        var positions = confirming.keys.sorted().map {
            Position(party: $0, stance: .confirms, inDispute: true, evidence: confirming[$0] ?? [])
        }
        positions += violated.keys.filter { confirming[$0] == nil }.sorted().map {
            Position(party: $0, stance: .reportsViolation, inDispute: false, evidence: violated[$0] ?? [])
        }
        return [
            Finding(
                kind: .ceasefire, relation: .agreement, positions: positions,
                detail: .violationReporters(violated.keys.sorted()))
        ]
    }
}
