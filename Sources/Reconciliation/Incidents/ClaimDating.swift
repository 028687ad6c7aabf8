import ClaimEngine
import NewsText

/// Places each claim of an article in time, and sets aside the claims that are history.
///
/// A claim is placed on the day its sentence names ("on Tuesday", "on 27 September 2020");
/// an undated claim on the day its article was published, since that is when it was made.
/// A claim dated long before its article — "In April 2016, Azerbaijani troops attacked",
/// "last year in September" — recalls an earlier clash: it is **background**, kept for the
/// article page but in no incident, so that history never drags two clashes together.
package struct ClaimDating: Sendable {
    /// How far back a named day may lie and still be news: coverage of a clash goes on for
    /// days ("the ceasefire that took effect on Wednesday, September 20", ten days later).
    package var newsDays = 14
    /// How far back "last week" reaches; a month-only date ("last week" → `2023-09`) is news
    /// when the month holds a day of that window, and is then placed on the publication day,
    /// reaching back over the window: it may mean any of those days.
    package var lastWeekDays = 7

    package init() {}

    /// Where a claim belongs in time.
    package enum Placement: Equatable, Sendable {
        /// News: placed on `day` (nil when the article gives no date at all); `since` is the
        /// earliest day a vague date may mean, when it is earlier.
        case news(day: CalendarDate?, stated: Bool, since: CalendarDate? = nil)
        /// History recalled by the article.
        case background
    }

    /// The day an article's claims are measured from: its publication date, or, when it has
    /// none, the middle one of the days its claims name.
    package func anchor(of input: ArticleClaims) -> CalendarDate? {
        if let published = input.article.published { return published }
        let days = input.claims.compactMap { claim -> CalendarDate? in
            if case .day(let day) = claim.date { return day }
            return nil
        }.sorted()
        return days.isEmpty ? nil : days[days.count / 2]
    }

    package func placement(of claim: Claim, anchor: CalendarDate?) -> Placement {
        guard let anchor else {
            if case .day(let day) = claim.date { return .news(day: day, stated: true) }
            return .news(day: nil, stated: false)
        }
        switch claim.date {
        case nil:
            return .news(day: anchor, stated: false)
        case .day(let day):
            let age = anchor.dayNumber - day.dayNumber
            // One day ahead is tolerated: a wire dated in Yerevan reports the evening in Washington.
            // A day the text does not give (a clock time's publication day) is placed, not stated.
            return (-1...newsDays).contains(age) ? .news(day: day, stated: claim.dateSource == .stated) : .background
        case .month(let year, let month):
            let windowStart = anchor.adding(days: -lastWeekDays)
            let holdsWindowDay = [windowStart, anchor].contains { $0.year == year && $0.month == month }
            return holdsWindowDay ? .news(day: anchor, stated: false, since: windowStart) : .background
        }
    }
}
