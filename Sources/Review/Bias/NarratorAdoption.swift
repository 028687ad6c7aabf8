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
    /// Belligerents' claims with the day each is about.
    private let claims: [(day: CalendarDate?, claim: Claim)]

    package init(_ articles: [ReviewedArticle]) {
        claims = articles.flatMap { article in
            article.analysis.claims.filter { $0.party.belligerent != nil }.map {
                (Self.day(of: $0, published: article.article.published), $0)
            }
        }
    }

    /// The side whose account a narrator claim of this article adopts, or nil.
    package func account(of claim: Claim, in article: Article) -> Belligerent? {
        switch claim.kind {
        case .attack:
            guard let aggressor = claim.aggressor else { return nil }
            return claim.negated ? aggressor : aggressor.opponent
        case .casualties:
            return casualtiesAccount(of: claim, nearby: nearby(claim, article))
        case .territory:
            let tellers = Set(nearby(claim, article).filter { Accounts.agree($0, claim) }.compactMap(\.party.belligerent))
            return tellers.count == 1 ? tellers.first : nil
        case .ceasefire, .appeal:
            return nil
        }
    }

    /// Belligerents' claims about days near the claim's.
    private func nearby(_ claim: Claim, _ article: Article) -> [Claim] {
        guard let day = Self.day(of: claim, published: article.published) else { return [] }
        return claims.filter { NearbyDays.near($0.day, day) }.map(\.claim)
    }

    private func casualtiesAccount(of claim: Claim, nearby: [Claim]) -> Belligerent? {
        guard let victim = claim.victim, let figure = claim.count?.interval else { return nil }
        let figures = nearby.filter { $0.kind == .casualties && !$0.negated && $0.victim == victim && $0.outcome == claim.outcome }
            .compactMap { other in other.count?.interval.map { (side: other.party.belligerent, figure: $0) } }
        let matching = Set(figures.filter { Accounts.figuresAgree($0.figure, figure) }.compactMap(\.side))
        guard matching.count == 1, let side = matching.first else { return nil }
        let victimSide: Belligerent = victim == .armenia || victim == .civiliansArmenia ? .armenia : .azerbaijan
        let disputed = figures.contains { $0.side == side.opponent }
        return side != victimSide || disputed ? side : nil
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
