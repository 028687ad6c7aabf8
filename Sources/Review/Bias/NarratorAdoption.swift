import ClaimEngine
import Lexicons
import Reconciliation

/// Whose account a claim in an outlet's own voice adopts: the side that tells it, when the
/// other side does not.
///
/// - **attack**: saying X attacked adopts the account of X's opponent; saying X did not
///   attack adopts X's.
/// - **casualties** (with a figure): the side whose figures for the same victim and outcome,
///   in the same incident (`IncidentCoverage`), agree with the narrator's while the other
///   side's do not — agree as the reconciler's findings read figures (`CountInterval.overlaps`);
///   a side's figure for its own losses counts only when the other side gave a different one
///   (an undisputed figure is no one's account).
/// - **territory**: the only side that says the same victim lost ground in the same incident.
///
/// A claim the reconciler sets aside as history belongs to no incident and adopts no figure
/// or ground. Ceasefires, appeals, figures no side gave and accounts both sides tell take no side.
package struct NarratorAdoption: Sendable {
    private let coverage: IncidentCoverage

    package init(_ coverage: IncidentCoverage) {
        self.coverage = coverage
    }

    /// The side whose account a narrator claim of `document` adopts, or nil.
    package func account(of claim: Claim, in document: String) -> Belligerent? {
        switch claim.kind {
        case .attack:
            guard let aggressor = claim.aggressor else { return nil }
            return claim.negated ? aggressor : aggressor.opponent
        case .casualties:
            return casualtiesAccount(of: claim, in: document)
        case .territory:
            guard let key = Accounts.key(claim), let tellers = coverage.incident(of: claim, in: document)?.territory[key] else { return nil }
            return tellers.count == 1 ? tellers.first : nil
        case .ceasefire, .appeal:
            return nil
        }
    }

    private func casualtiesAccount(of claim: Claim, in document: String) -> Belligerent? {
        guard let victim = claim.victim, let figure = claim.count?.interval, let key = Accounts.key(claim),
            let figures = coverage.incident(of: claim, in: document)?.figures[key]
        else { return nil }
        let matching = Set(figures.filter { $0.interval.overlaps(figure) }.map(\.side))
        guard matching.count == 1, let side = matching.first else { return nil }
        let victimSide: Belligerent = victim == .armenia || victim == .civiliansArmenia ? .armenia : .azerbaijan
        let disputed = figures.contains { $0.side == side.opponent }
        return side != victimSide || disputed ? side : nil
    }
}
