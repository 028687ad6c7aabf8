import Lexicons

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
        // Claims by their place in the incident's list (`CitedClaims`).
        var confirming: [Party: [UInt32]] = [:]
        var violated: [Party: [UInt32]] = [:]
        for (index, reported) in incident.claims.enumerated()
        where reported.claim.kind == .ceasefire && !reported.claim.negated && reported.party.takesSides {
            switch reported.claim.status {
            case .agreed?, .inForce?: confirming[reported.party, default: []].append(UInt32(index))
            case .violated?: violated[reported.party, default: []].append(UInt32(index))
            default: continue
            }
        }
        let sides = Set(confirming.keys.map(\.side))
        guard sides.count >= 2, confirming.keys.contains(where: { $0.belligerent != nil }) else { return [] }
        var positions = confirming.keys.sorted().map {
            Position(party: $0, stance: .confirms, inDispute: true, evidence: CitedClaims(confirming[$0] ?? [], of: incident.claims))
        }
        positions += violated.keys.filter { confirming[$0] == nil }.sorted().map {
            Position(
                party: $0, stance: .reportsViolation, inDispute: false, evidence: CitedClaims(violated[$0] ?? [], of: incident.claims))
        }
        return [
            Finding(
                kind: .ceasefire, relation: .agreement, positions: positions,
                detail: .violationReporters(violated.keys.sorted()))
        ]
    }
}
