import ClaimEngine
import Lexicons
import Reconciliation

/// When two claims tell the same account: the comparison behind "whose account does this
/// sentence repeat" (the check's fixes) and "whose account does the narrator adopt" (bias).
package enum Accounts {
    /// Whether two claims assert the same thing: same kind, same denial, and the values that
    /// distinguish claims of that kind — the aggressor of an attack; the victim, outcome and
    /// (when both give one) a compatible figure for losses; the victim for lost ground.
    /// Figures are compatible as the reconciler's findings read them (`CountInterval.overlaps`),
    /// so a check's fix, a bias adoption and an incident page never disagree on two numbers.
    package static func agree(_ a: Claim, _ b: Claim) -> Bool {
        guard a.kind == b.kind, a.negated == b.negated else { return false }
        switch a.kind {
        case .attack:
            return a.aggressor != nil && a.aggressor == b.aggressor
        case .casualties:
            guard a.victim != nil, a.victim == b.victim, a.outcome == b.outcome else { return false }
            guard let first = a.count?.interval, let second = b.count?.interval else { return true }
            return first.overlaps(second)
        case .territory:
            return a.victim != nil && a.victim == b.victim
        case .ceasefire, .appeal:
            return false
        }
    }

    /// What two claims must share to agree (`agree` may still tell them apart by their
    /// figures): their kind, denial and the value of that kind that names whom it is about.
    package struct Key: Hashable, Sendable {
        let kind: ClaimKind
        let negated: Bool
        /// The aggressor of an attack; the victim of losses or lost ground.
        let side: String
        /// The outcome of losses.
        let outcome: Outcome?
    }

    /// What two claims must share to agree; nil for kinds no two accounts agree on. For
    /// looking agreeing claims up.
    package static func key(_ claim: Claim) -> Key? {
        switch claim.kind {
        case .attack:
            return claim.aggressor.map { Key(kind: .attack, negated: claim.negated, side: $0.rawValue, outcome: nil) }
        case .casualties:
            return claim.victim.map { Key(kind: .casualties, negated: claim.negated, side: $0.rawValue, outcome: claim.outcome) }
        case .territory:
            return claim.victim.map { Key(kind: .territory, negated: claim.negated, side: $0.rawValue, outcome: nil) }
        case .ceasefire, .appeal:
            return nil
        }
    }
}
