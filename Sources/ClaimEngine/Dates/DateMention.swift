import NewsText

/// A date expression in a sentence and the date it names: "on Tuesday" → 2022-09-13.
package struct DateMention: Sendable, Equatable {
    /// Which rule of LABELING.md's "date" list read the expression; the raw value names it
    /// in evidence ("date rule: last-year-month").
    package enum Form: String, Sendable, CaseIterable {
        /// A date with its year: "September 27, 2020", "27 September 2020", "2020-09-27".
        case explicit
        /// A month and day whose year comes from publication: "Sept. 27", "on 25 May".
        case monthDay = "month-day"
        /// "on Tuesday", "Tuesday", "Sunday's": the latest such weekday on or before publication.
        case weekday
        /// "last Tuesday": the latest such weekday strictly before publication.
        case lastWeekday = "last-weekday"
        /// "today", "this morning", "yesterday", "overnight", "last night".
        case relativeDay = "relative-day"
        /// "two days ago", "3 days ago".
        case daysAgo = "days-ago"
        /// "last week": the month of the day seven days before publication.
        case lastWeek = "last-week"
        /// "in August": the latest August up to the publication month.
        case month
        /// "last September": the latest September strictly before the publication month.
        case lastMonth = "last-month"
        /// "last year in September", "in September last year".
        case lastYearMonth = "last-year-month"
        /// "in September 2020", "September 2020".
        case monthYear = "month-year"
    }

    /// Token indices of the expression, its leading preposition included: `on` `Tuesday`.
    package let tokens: Range<Int>
    /// Bytes of the expression in the text.
    package let bytes: ByteRange
    /// The date; nil when the expression is relative and the article has no publication date.
    package let date: EventDate?
    package let form: Form
    /// The expression names a night ("overnight", "on Monday night"), which straddles two
    /// calendar days: the day it resolves to may be the one before or after the event's.
    package let atNight: Bool

    package init(tokens: Range<Int>, bytes: ByteRange, date: EventDate?, form: Form, atNight: Bool = false) {
        self.tokens = tokens
        self.bytes = bytes
        self.date = date
        self.form = form
        self.atNight = atNight
    }
}
