import Lexicons
import NewsText

/// The time of day a claim gives for its event: a clock time, in UTC when the sentence named
/// a zone ("08:00 GMT", "12:00 Moscow time" → 09:00 UTC), else on the theatre's own clock.
///
/// Written `HH:MM`, with `Z` when UTC (`06:00Z`): the extract and reconcile contracts' `time`.
package struct StatedTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    package let clock: ClockTime
    /// True when the sentence named a zone and `clock` was converted to UTC.
    package let isUTC: Bool

    /// Armenia and Azerbaijan both keep UTC+4: an hour given with no zone is on that clock.
    package static let theatreOffsetMinutes = 4 * 60

    package init(clock: ClockTime, isUTC: Bool) {
        self.clock = clock
        self.isUTC = isUTC
    }

    /// Minutes after midnight UTC: the clock itself when UTC, else the theatre's clock moved
    /// back by its offset.
    package var minutesUTC: Int {
        let day = 24 * 60
        return isUTC ? clock.minutes : (clock.minutes - Self.theatreOffsetMinutes + day) % day
    }

    /// The order of the written form: by clock time, a local time before the same time in UTC.
    package static func < (lhs: StatedTime, rhs: StatedTime) -> Bool {
        (lhs.clock, lhs.isUTC ? 1 : 0) < (rhs.clock, rhs.isUTC ? 1 : 0)
    }

    package var description: String { clock.description + (isUTC ? "Z" : "") }
}
