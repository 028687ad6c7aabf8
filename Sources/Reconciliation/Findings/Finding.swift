import Lexicons
import NewsText

/// A disagreement — or an agreement — inside one incident, with the claims on each side.
///
/// "Armenia's government blames Azerbaijan; Azerbaijan's government blames Armenia" is an
/// `aggressor` `contradiction` with two positions, each holding the sentences that say so.
package struct Finding: Sendable {
    package let kind: FindingKind
    package let relation: Relation
    /// The victim and outcome of a `losses` finding; nil otherwise.
    package let victim: Victim?
    package let outcome: Outcome?
    /// The event of a `date` finding; nil otherwise.
    package let event: DatedEvent?
    /// One position per party, in DESIGN.md party order.
    package let positions: [Position]
    /// What a reader is told beyond the positions (Reports words the summary).
    package let detail: Detail

    /// What a finding says beyond its positions.
    package enum Detail: Sendable, Equatable {
        case none
        /// A revision's figures as the party changed them, repeats as one step.
        case revisedFigures([CountInterval])
        /// A ceasefire agreement's parties that also report it violated, confirming or not.
        case violationReporters([Party])
    }

    package init(
        kind: FindingKind, relation: Relation, victim: Victim? = nil, outcome: Outcome? = nil, event: DatedEvent? = nil,
        positions: [Position], detail: Detail = .none
    ) {
        self.kind = kind
        self.relation = relation
        self.victim = victim
        self.outcome = outcome
        self.event = event
        self.positions = positions.sorted { $0.party < $1.party }
        self.detail = detail
    }

    /// The parties on the sides of the question (neutral parties excluded), in party order.
    package var parties: [Party] { positions.filter(\.inDispute).map(\.party) }

    /// How many claims the finding cites: `evidence.count`, without sorting them.
    package var evidenceCount: Int { positions.reduce(0) { $0 + $1.evidence.count } }

    /// Every claim the finding cites, in timeline order.
    package var evidence: CitedClaims { CitedClaims(merging: positions.map(\.evidence)) }

    /// Unique within an incident and stable across runs:
    /// `aggressor-contradiction`, `losses-armenia-killed-revision-armenia-gov`,
    /// `date-ceasefire-start-agreement`.
    package var key: String {
        var parts = [kind.rawValue]
        if let victim { parts.append(victim.rawValue) }
        if let outcome { parts.append(outcome.rawValue) }
        if let event { parts.append(event.rawValue) }
        parts.append(relation.rawValue)
        // A revision is one party's timeline; an incident may hold one per party.
        if relation == .revision { parts += parties.map(\.rawValue) }
        return parts.joined(separator: "-")
    }

    /// The order findings are listed in: kind, relation, question, then key.
    package static func listOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        let left = (lhs.kind.rank, lhs.relation.rank, lhs.victim?.rank ?? -1, lhs.outcome?.rank ?? -1, lhs.event?.rank ?? -1)
        let right = (rhs.kind.rank, rhs.relation.rank, rhs.victim?.rank ?? -1, rhs.outcome?.rank ?? -1, rhs.event?.rank ?? -1)
        return left != right ? left < right : lhs.key < rhs.key
    }
}

/// The question a finding is about.
package enum FindingKind: String, CaseIterable, Sendable {
    /// Who attacked first.
    case aggressor
    /// How many were killed, wounded, captured or missing, or how many positions were lost.
    case losses
    /// When the fighting, or a ceasefire, began.
    case date
    /// Whether a ceasefire was agreed and is in force.
    case ceasefire
}

/// How the positions of a finding relate.
package enum Relation: String, CaseIterable, Sendable {
    /// Both cannot be true: different aggressors, incompatible counts, different dates.
    case contradiction
    /// One party changed its own figure over time: a timeline, not a dispute.
    case revision
    /// A party spoke of its own losses without giving a number.
    case omission
    /// The sides say the same thing.
    case agreement
}

/// The event a `date` finding places in time.
package enum DatedEvent: String, CaseIterable, Sendable {
    case fightingStart = "fighting-start"
    case ceasefireStart = "ceasefire-start"
}

extension CaseIterable where Self: Equatable {
    /// Position in declaration order, for sorting.
    fileprivate var rank: Int { Array(Self.allCases).firstIndex(of: self) ?? 0 }
}
