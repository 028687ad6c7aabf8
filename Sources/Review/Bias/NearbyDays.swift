import NewsText

/// The incident grouping the bias report uses: articles published within three days of each
/// other are taken to report on the same events.
///
/// A crude stand-in for incidents (the reconciler groups claims by dates and places); it
/// needs nothing but publication dates, and it errs on the side of grouping. An article
/// without a date is grouped with nothing but itself.
package enum NearbyDays {
    package static let days = 3

    package static func near(_ a: CalendarDate?, _ b: CalendarDate?) -> Bool {
        guard let a, let b else { return false }
        return abs(a.dayNumber - b.dayNumber) <= days
    }
}
