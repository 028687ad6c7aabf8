import ClaimEngine
import NewsText

/// Whose account a claim in an outlet's own voice adopts: the side that tells it, when the
/// other side does not.
///
/// - **attack**: saying X attacked adopts the account of X's opponent; saying X did not
///   attack adopts X's.
/// - **casualties** (with a figure): the side whose figures for the same victim and outcome,
///   in claims about the nearby days (`NearbyDays`), agree with the narrator's while the other
///   side's do not; a side's figure for its own losses counts only when the other side gave a
///   different one (an undisputed figure is no one's account).
/// - **territory**: the only side that says the same victim lost ground in the nearby days.
///
/// A claim's day is its event date, else its article's publication date; a claim dated only
/// by a month other than the publication month ("in July") is placed nowhere. Ceasefires,
/// appeals, figures no side gave and accounts both sides tell take no side.
package struct NarratorAdoption: Sendable {
    /// What the belligerents said about each day, by day number: each narrator claim looks at
    /// seven days of these, never at every claim of the corpus.
    private var days: [Int: DayAccounts] = [:]

    /// The belligerents' accounts of one day, reduced to what adoption compares.
    private struct DayAccounts {
        /// Casualty figures by victim and outcome, each with the side that gave it.
        var figures: [String: Set<Figure>] = [:]
        /// The sides that say a victim lost ground, by `Accounts.key`.
        var territory: [String: Set<Belligerent>] = [:]
    }

    private struct Figure: Hashable {
        let side: Belligerent
        let interval: CountInterval
    }

    package init(_ articles: [BiasEvidence]) {
        for article in articles {
            for claim in article.claims {
                guard let side = claim.party.belligerent,
                    let day = Self.day(of: claim, published: article.published)?.dayNumber
                else { continue }
                switch claim.kind {
                case .casualties where !claim.negated:
                    guard let key = Self.figureKey(claim), let interval = claim.count?.interval else { continue }
                    days[day, default: DayAccounts()].figures[key, default: []].insert(Figure(side: side, interval: interval))
                case .territory:
                    guard let key = Accounts.key(claim) else { continue }
                    days[day, default: DayAccounts()].territory[key, default: []].insert(side)
                default:
                    continue
                }
            }
        }
    }

    /// The side whose account a narrator claim adopts, or nil; `published` is its article's date.
    package func account(of claim: Claim, published: CalendarDate?) -> Belligerent? {
        switch claim.kind {
        case .attack:
            guard let aggressor = claim.aggressor else { return nil }
            return claim.negated ? aggressor : aggressor.opponent
        case .casualties:
            return casualtiesAccount(of: claim, nearby: nearby(claim, published))
        case .territory:
            guard let key = Accounts.key(claim) else { return nil }
            let tellers = nearby(claim, published).reduce(into: Set<Belligerent>()) { $0.formUnion($1.territory[key] ?? []) }
            return tellers.count == 1 ? tellers.first : nil
        case .ceasefire, .appeal:
            return nil
        }
    }

    /// The belligerents' accounts of the days near the claim's (`NearbyDays`).
    private func nearby(_ claim: Claim, _ published: CalendarDate?) -> [DayAccounts] {
        guard let day = Self.day(of: claim, published: published)?.dayNumber else { return [] }
        return ((day - NearbyDays.days)...(day + NearbyDays.days)).compactMap { days[$0] }
    }

    private func casualtiesAccount(of claim: Claim, nearby: [DayAccounts]) -> Belligerent? {
        guard let victim = claim.victim, let figure = claim.count?.interval, let key = Self.figureKey(claim) else { return nil }
        let figures = nearby.flatMap { $0.figures[key] ?? [] }
        let matching = Set(figures.filter { Accounts.figuresAgree($0.interval, figure) }.map(\.side))
        guard matching.count == 1, let side = matching.first else { return nil }
        let victimSide: Belligerent = victim == .armenia || victim == .civiliansArmenia ? .armenia : .azerbaijan
        let disputed = figures.contains { $0.side == side.opponent }
        return side != victimSide || disputed ? side : nil
    }

    /// Figures are compared for the same victim and outcome.
    private static func figureKey(_ claim: Claim) -> String? {
        claim.victim.map { "\($0.rawValue) \(claim.outcome?.rawValue ?? "")" }
    }

    /// The day a claim is about: its event date, else the day it was published.
    private static func day(of claim: Claim, published: CalendarDate?) -> CalendarDate? {
        switch claim.date {
        case .day(let day): return day
        case .month(let year, let month):
            guard let published, published.year == year, published.month == month else { return nil }
            return published
        case nil: return published
        }
    }
}
