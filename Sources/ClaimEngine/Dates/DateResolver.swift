import Lexicons
import NewsText

/// Finds the date expressions of a sentence and resolves them against the publication day,
/// by the "date" rules of LABELING.md.
///
/// Published 2022-09-13 (a Tuesday):
///
///     Armenia's defence ministry said Azerbaijani forces shelled positions near Jermuk overnight.
///     → "overnight"  2022-09-12  .relativeDay
///
/// The forms, each a `DateMention.Form`:
/// - explicit: "September 27, 2020", "27 September 2020", "2020-09-27", "on 28 September 2020";
///   without a year ("Sept. 27", "27 Sept", "on May 25") the latest such day on or before
///   publication;
/// - weekdays: "on Tuesday", "Tuesday", "Sunday's" — the latest such weekday on or before
///   publication, the same day included; "last Tuesday" — strictly before;
/// - relative days: "today", "this morning", "earlier today", "tonight" → publication;
///   "yesterday", "overnight", "last night" → the day before; "two days ago", "3 days ago";
/// - months: "last week" → the month of the day seven days before publication; "in August" →
///   the latest August up to the publication month; "last September" → the latest September
///   strictly before it; "last year in September", "in September last year" → September of
///   the year before; "in September 2020", "September 2020" → that month.
///
/// A bare month name is never a date ("Azerbaijan may respond", and "May" in a title-case
/// headline), and month and weekday names count only when capitalised. A year alone
/// ("in 2020"), a time ("0600 GMT") and an ordinal outside a date ("the 15th brigade") name
/// no date. When the article has no publication date, relative forms are still found, with
/// a nil date.
///
/// Scanning goes left to right; at each token the longest expression wins (earlier rule on
/// a tie) and the scan resumes after it.
package struct DateResolver: Sendable {
    let calendar: CalendarLexicon
    let numbers: NumberReader

    package init(calendar: CalendarLexicon, numbers: NumberLexicon) {
        self.calendar = calendar
        self.numbers = NumberReader(lexicon: numbers)
    }

    /// Reads `calendar.tsv` and `numbers.tsv` tables (for "two days ago").
    package init(calendar: LexiconTable, numbers: LexiconTable) throws(LexiconError) {
        self.init(calendar: try CalendarLexicon(calendar), numbers: try NumberLexicon(numbers))
    }

    /// The resolver with the lexicons shipped with Counterclaim.
    package static func bundled() throws -> DateResolver {
        let lexicon = try Lexicon.bundled()
        return DateResolver(calendar: lexicon.calendar, numbers: lexicon.numbers)
    }

    /// The date expressions in `tokens[range]`, left to right.
    ///
    /// - Parameters:
    ///   - tokens: the document's tokens (or a sentence's, from `Tokenizer.tokenize`).
    ///   - range: the token indices to search, usually a sentence's `tokens`.
    ///   - text: the bytes the tokens point into.
    ///   - published: the day relative dates resolve against; nil leaves them unresolved.
    package func dates(
        in tokens: [Token], range: Range<Int>, text: [UInt8], published: CalendarDate?
    ) -> [DateMention] {
        let context = Context(tokens: tokens, limit: range.upperBound, text: text, calendar: calendar)
        var found: [DateMention] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard mayStart(tokens[index], text), let match = longestMatch(at: index, context, published) else {
                index += 1
                continue
            }
            // "overnight", "last night", or a night right after the day: "on Monday night".
            let night = (index..<min(match.end + 1, range.upperBound)).contains { calendar.nightWords.contains(tokens[$0].key) }
            found.append(
                DateMention(
                    tokens: index..<match.end,
                    bytes: tokens.bytes(spanning: index..<match.end),
                    date: match.date, form: match.form, atNight: night))
            index = match.end
        }
        return found
    }

    /// A cheap test before the rules: digits, a word that starts a calendar phrase, or a number word.
    private func mayStart(_ token: Token, _ text: [UInt8]) -> Bool {
        token.kind == .number || calendar.starters.contains(token.key) || numbers.mayStart(token, text)
    }

    // MARK: Rules

    private struct Match {
        let end: Int
        let form: DateMention.Form
        let date: EventDate?
    }

    private func longestMatch(at index: Int, _ c: Context, _ published: CalendarDate?) -> Match? {
        var best: Match?
        func consider(_ candidate: Match?) {
            if let candidate, candidate.end > best?.end ?? index { best = candidate }
        }
        consider(explicitDate(at: index, c, published))
        consider(weekday(at: index, c, published))
        consider(monthExpression(at: index, c, published))
        consider(relativeDay(at: index, c, published))
        consider(daysAgo(at: index, c, published))
        consider(lastWeek(at: index, c, published))
        return best
    }

    /// "September 27, 2020", "27 September 2020", "2020-09-27", "Sept. 27", "on 25 May".
    private func explicitDate(at index: Int, _ c: Context, _ published: CalendarDate?) -> Match? {
        let start = c.phrase(calendar.dayPrefixes, at: index)?.tokens.upperBound ?? index
        guard start < c.limit else { return nil }
        if let day = c.isoDate(at: start) {
            return Match(end: start + 1, form: .explicit, date: .day(day))
        }
        if let month = c.month(at: start) {
            let dayIndex = c.isDot(at: start + 1) ? start + 2 : start + 1
            if let day = c.day(at: dayIndex) {
                var end = dayIndex + 1
                var year: Int?
                if c.isPunctuation(",", at: end), let written = c.year(at: end + 1) {
                    year = written
                    end += 2
                } else if let written = c.year(at: end) {
                    year = written
                    end += 1
                }
                return dayMatch(month: month, day: day, year: year, end: end, published)
            }
        }
        if let day = c.day(at: start), let month = c.month(at: start + 1) {
            if let year = c.year(at: start + 2) {
                return dayMatch(month: month, day: day, year: year, end: start + 3, published)
            }
            if c.isDot(at: start + 2), let year = c.year(at: start + 3) {
                return dayMatch(month: month, day: day, year: year, end: start + 4, published)
            }
            return dayMatch(month: month, day: day, year: nil, end: start + 2, published)
        }
        return nil
    }

    private func dayMatch(month: Int, day: Int, year: Int?, end: Int, _ published: CalendarDate?) -> Match? {
        if let year {
            guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
            return Match(end: end, form: .explicit, date: .day(date))
        }
        // A day that exists in some year (29 February in a leap year).
        guard day <= CalendarDate.daysIn(month: month, year: 2000) else { return nil }
        let date = published.flatMap { Self.latest(month: month, day: day, onOrBefore: $0) }
        return Match(end: end, form: .monthDay, date: date.map(EventDate.day))
    }

    /// "on Tuesday", "Tuesday", "Sunday's", "last Tuesday".
    private func weekday(at index: Int, _ c: Context, _ published: CalendarDate?) -> Match? {
        var start = index
        var strictlyBefore = false
        if let prefix = c.phrase(calendar.dayPrefixes, at: index) {
            start = prefix.tokens.upperBound
        } else if let last = c.phrase(calendar.previous, at: index) {
            start = last.tokens.upperBound
            strictlyBefore = true
        }
        guard let weekday = c.weekday(at: start) else { return nil }
        let end = c.isPossessive(at: start + 1) ? start + 2 : start + 1
        let date = published.map { Self.latest(weekday: weekday, before: $0, strictly: strictlyBefore) }
        return Match(end: end, form: strictlyBefore ? .lastWeekday : .weekday, date: date.map(EventDate.day))
    }

    /// "in August", "last September", "last year in September", "in September last year",
    /// "in September 2020", "September 2020".
    private func monthExpression(at index: Int, _ c: Context, _ published: CalendarDate?) -> Match? {
        if let lastYear = c.phrase(calendar.previousYear, at: index) {
            guard let prefix = c.phrase(calendar.monthPrefixes, at: lastYear.tokens.upperBound),
                let month = c.month(at: prefix.tokens.upperBound)
            else { return nil }
            return Match(
                end: prefix.tokens.upperBound + 1, form: .lastYearMonth,
                date: published.map { .month(year: $0.year - 1, month: month) })
        }
        if let last = c.phrase(calendar.previous, at: index), let month = c.month(at: last.tokens.upperBound) {
            return Match(
                end: last.tokens.upperBound + 1, form: .lastMonth,
                date: published.map { .month(year: month < $0.month ? $0.year : $0.year - 1, month: month) })
        }
        let prefix = c.phrase(calendar.monthPrefixes, at: index)
        let start = prefix?.tokens.upperBound ?? index
        guard let month = c.month(at: start) else { return nil }
        if let year = c.year(at: start + 1) {
            return Match(end: start + 2, form: .monthYear, date: .month(year: year, month: month))
        }
        if c.isDot(at: start + 1), let year = c.year(at: start + 2) {
            return Match(end: start + 3, form: .monthYear, date: .month(year: year, month: month))
        }
        if let lastYear = c.phrase(calendar.previousYear, at: start + 1) {
            return Match(
                end: lastYear.tokens.upperBound, form: .lastYearMonth,
                date: published.map { .month(year: $0.year - 1, month: month) })
        }
        guard prefix != nil else { return nil }
        return Match(
            end: start + 1, form: .month,
            date: published.map { .month(year: month <= $0.month ? $0.year : $0.year - 1, month: month) })
    }

    /// "today", "this morning", "yesterday's", "overnight", "last night".
    private func relativeDay(at index: Int, _ c: Context, _ published: CalendarDate?) -> Match? {
        guard let phrase = c.phrase(calendar.relativeDays, at: index) else { return nil }
        let end = c.isPossessive(at: phrase.tokens.upperBound) ? phrase.tokens.upperBound + 1 : phrase.tokens.upperBound
        return Match(end: end, form: .relativeDay, date: published.map { .day($0.adding(days: phrase.value)) })
    }

    /// "two days ago", "3 days ago".
    private func daysAgo(at index: Int, _ c: Context, _ published: CalendarDate?) -> Match? {
        guard let number = numbers.read(at: index, in: c.tokens, limit: c.limit, text: c.text),
            number.value <= 36_600,
            let ago = c.phrase(calendar.daysAgo, at: number.tokens.upperBound)
        else { return nil }
        return Match(
            end: ago.tokens.upperBound, form: .daysAgo,
            date: published.map { .day($0.adding(days: -number.value * ago.value)) })
    }

    /// "last week": the month of the day seven days before publication.
    private func lastWeek(at index: Int, _ c: Context, _ published: CalendarDate?) -> Match? {
        guard let phrase = c.phrase(calendar.lastWeek, at: index) else { return nil }
        return Match(
            end: phrase.tokens.upperBound, form: .lastWeek,
            date: published.map {
                let day = $0.adding(days: phrase.value)
                return .month(year: day.year, month: day.month)
            })
    }

    // MARK: Calendar arithmetic

    /// The latest `weekday` (1 = Monday) on or before `day`, or strictly before it.
    static func latest(weekday: Int, before day: CalendarDate, strictly: Bool) -> CalendarDate {
        var back = (day.weekday - weekday + 7) % 7
        if strictly && back == 0 { back = 7 }
        return day.adding(days: -back)
    }

    /// The latest `month`-`day` on or before `published`; else that day in the year of `published`.
    static func latest(month: Int, day: Int, onOrBefore published: CalendarDate) -> CalendarDate? {
        // Eight years back always reaches a 29 February.
        for year in stride(from: published.year, through: published.year - 8, by: -1) {
            if let date = CalendarDate(year: year, month: month, day: day), date <= published { return date }
        }
        return CalendarDate(year: published.year, month: month, day: day)
    }
}
