import ClaimEngine
import Lexicons

/// Who attacked first: one side blames the other, and the other blames it back or denies it.
///
///     Armenia said Azerbaijani forces had attacked towns inside its territory.   armenia-gov blames azerbaijan
///     Baku said Armenian forces had fired first on Azerbaijani positions.         azerbaijan-gov blames armenia
///
/// A belligerent's claim counts when it accuses the other side (an attack whose aggressor, or
/// failing that whose target's opponent, is the other side) or denies its own side attacked.
/// A belligerent "accusing" itself or denying the other side attacked is a misreading of the
/// sentence far more often than a confession, so it is left out. A third party that blames a
/// side takes that side's part; third parties that speak but blame no one are listed as
/// neutral, never counted as a side.
package struct AggressorFinder: FindingRule {
    package let name = "aggressor"

    package init() {}

    package func findings(in incident: Incident) -> [Finding] {
        let positions = positions(in: incident)
        let sides = positions.filter(\.inDispute)
        let armenian = sides.contains { $0.party.side == .armenia }
        let azerbaijani = sides.contains { $0.party.side == .azerbaijan }
        let accusation = sides.contains { position in
            guard case .blames = position.stance else { return false }
            return position.party.belligerent != nil
        }
        guard armenian && azerbaijani && accusation else { return [] }
        return [Finding(kind: .aggressor, relation: .contradiction, positions: positions)]
    }

    /// Every party's answer to "who attacked first", in party order: the parties that blame a
    /// side (in dispute), then the third parties that spoke but blamed no one (neutral).
    package func positions(in incident: Incident) -> [Position] {
        // Claims by their place in the incident's list (`CitedClaims`).
        var stances: [Party: [Position.Stance: [UInt32]]] = [:]
        for (index, reported) in incident.claims.enumerated()
        where reported.claim.kind == .attack && reported.party.takesSides {
            guard let stance = stance(of: reported.claim) else { continue }
            stances[reported.party, default: [:]][stance, default: []].append(UInt32(index))
        }
        var positions = stances.keys.sorted().compactMap { party -> Position? in
            guard let held = stances[party], let stance = Self.principal(held, of: party) else { return nil }
            // A belligerent's denial supports its accusation; show both as its evidence.
            let evidence = party.belligerent == nil ? held[stance] ?? [] : held.values.flatMap { $0 }
            return Position(party: party, stance: stance, inDispute: true, evidence: CitedClaims(evidence, of: incident.claims))
        }
        let blaming = Set(positions.map(\.party))
        var neutral: [Party: [UInt32]] = [:]
        for (index, reported) in incident.claims.enumerated()
        where reported.side == .third && reported.party != .other && reported.party.takesSides
            && !blaming.contains(reported.party) {
            neutral[reported.party, default: []].append(UInt32(index))
        }
        positions += neutral.keys.sorted().map { party in
            Position(party: party, stance: .neutral, inDispute: false, evidence: CitedClaims(neutral[party] ?? [], of: incident.claims))
        }
        return positions
    }

    /// What one attack claim says about who attacked first, if it says anything usable.
    private func stance(of claim: Claim) -> Position.Stance? {
        let accused = claim.aggressor ?? claim.target?.opponent
        guard let accused else { return nil }
        guard let side = claim.party.belligerent else { return claim.negated ? nil : .blames(accused) }
        if claim.negated { return accused == side ? .denies(side) : nil }
        return accused == side.opponent ? .blames(accused) : nil
    }

    /// A party's stance: a belligerent's accusation over its denial; a third party's most
    /// frequent stance, none when it blames both sides equally often.
    private static func principal(_ held: [Position.Stance: [UInt32]], of party: Party) -> Position.Stance? {
        if let side = party.belligerent {
            return held[.blames(side.opponent)] != nil ? .blames(side.opponent) : .denies(side)
        }
        let ranked = held.map { (stance: $0.key, count: $0.value.count) }.sorted { $0.count > $1.count }
        guard let top = ranked.first else { return nil }
        return ranked.count > 1 && ranked[1].count == top.count ? nil : top.stance
    }
}
