import Foundation
import NewsText

/// Month and weekday names, relative-day words and clock words, read and checked from `calendar.tsv`.
///
///     # columns: phrase	calendar-kind	value
///     September	month	9
///     Tuesday	weekday	2
///     overnight	relative-day	-1
///     Moscow time	zone	3
///
/// The file's header comment lists the kinds. Loading checks every row, so an unknown kind
/// or a value out of range is reported with its file and line before any article is read.
package struct CalendarLexicon: KindedLexicon, Sendable {
    /// What a phrase in `calendar.tsv` does; the raw value is the `calendar-kind` column.
    package enum Kind: String, CaseIterable, Sendable {
        case month, weekday
        case relativeDay = "relative-day"
        case daysAgo = "days-ago"
        case lastWeek = "last-week"
        case dayPrefix = "day-prefix"
        case monthPrefix = "month-prefix"
        case previous
        case previousYear = "previous-year"
        case zone, meridiem
        case namedTime = "named-time"
        case night
    }

    package enum Meridiem: String {
        case am, pm
    }

    /// The header that marks a table as this lexicon's: `# columns: phrase	calendar-kind	value`.
    package static let columns = ["phrase", "calendar-kind", "value"]

    /// Month names by key, 1…12.
    package private(set) var months = TokenKeyNumbers()
    /// Weekday names by key, 1 = Monday … 7 = Sunday.
    package private(set) var weekdays = TokenKeyNumbers()
    /// "yesterday" → −1.
    package private(set) var relativeDays = PhraseMatcher<Int>()
    /// "days ago" → 1 day per unit.
    package private(set) var daysAgo = PhraseMatcher<Int>()
    /// "last week" → −7: the month of the day seven days before publication.
    package private(set) var lastWeek = PhraseMatcher<Int>()
    package private(set) var dayPrefixes = PhraseMatcher<Kind>()
    package private(set) var monthPrefixes = PhraseMatcher<Kind>()
    package private(set) var previous = PhraseMatcher<Kind>()
    package private(set) var previousYear = PhraseMatcher<Kind>()
    /// Zones by phrase, as minutes east of UTC: "Moscow time" → 180.
    package private(set) var zones = PhraseMatcher<Int>()
    /// One-word zones by key, for a suffix written onto the digits: `0600Z`.
    package private(set) var zoneWords = TokenKeyNumbers()
    /// One-word meridiems by key: `am`, `a.m.`; also read as a suffix: `9am`.
    package private(set) var meridiems: [TokenKey: Meridiem] = [:]
    package private(set) var namedTimes = PhraseMatcher<ClockTime>()
    /// Words of the night ("overnight", "night"): a date with one straddles two days.
    package private(set) var nightWords: TokenKeySet = []
    /// The first token of every phrase: a token not in here starts no date, zone or named time.
    package private(set) var starters: TokenKeySet = []

    package init() {}

    package mutating func add(_ checked: KindedRows<Kind>.Row) throws(LexiconError) {
        let (table, row, phrase, value, kind, keys) = (checked.table, checked.line, checked.phrase, checked.value, checked.kind, checked.keys)
        let tokens = checked.tokens
        if kind != .night { starters.insert(keys[0]) }  // a night word only qualifies a date
        let isOneWord = tokens.count == 1 && tokens[0].kind == .word

        func integer(in range: ClosedRange<Int>, example: String) throws(LexiconError) -> Int {
            guard let number = Int(value), range.contains(number) else {
                throw table.error(
                    row,
                    "a \(kind.rawValue)'s value is a whole number from \(range.lowerBound) to \(range.upperBound),"
                        + " e.g. `\(example)`; found `\(value)`")
            }
            return number
        }
        func oneWord() throws(LexiconError) {
            guard isOneWord else {
                throw table.error(row, "a \(kind.rawValue) is one word; found `\(phrase)`")
            }
        }
        func noValue() throws(LexiconError) {
            guard value == "-" else {
                throw table.error(
                    row, "a \(kind.rawValue) takes no value; write `-` in the value column, found `\(value)`")
            }
        }

        switch kind {
        case .month:
            try oneWord()
            months[keys[0]] = try integer(in: 1...12, example: "September\tmonth\t9")
        case .weekday:
            try oneWord()
            weekdays[keys[0]] = try integer(in: 1...7, example: "Tuesday\tweekday\t2")
        case .relativeDay:
            relativeDays.add(phrase, try integer(in: -31...0, example: "yesterday\trelative-day\t-1"))
        case .daysAgo:
            daysAgo.add(phrase, try integer(in: 1...366, example: "days ago\tdays-ago\t1"))
        case .lastWeek:
            lastWeek.add(phrase, try integer(in: -366...0, example: "last week\tlast-week\t-7"))
        case .dayPrefix, .monthPrefix, .previous, .previousYear:
            try noValue()
            switch kind {
            case .dayPrefix: dayPrefixes.add(phrase, kind)
            case .monthPrefix: monthPrefixes.add(phrase, kind)
            case .previous: previous.add(phrase, kind)
            default: previousYear.add(phrase, kind)
            }
        case .zone:
            let hours = try integer(in: -12...14, example: "Moscow time\tzone\t3")
            zones.add(phrase, hours * 60)
            if isOneWord { zoneWords[keys[0]] = hours * 60 }
        case .meridiem:
            try oneWord()
            guard let meridiem = Meridiem(rawValue: value) else {
                throw table.error(row, "a meridiem's value is `am` or `pm`; found `\(value)`")
            }
            meridiems[keys[0]] = meridiem
        case .namedTime:
            guard let time = ClockTime(text: value) else {
                throw table.error(
                    row, "a named-time's value is HH:MM, e.g. `noon\tnamed-time\t12:00`; found `\(value)`")
            }
            namedTimes.add(phrase, time)
        case .night:
            try oneWord()
            try noValue()
            nightWords.insert(keys[0])
        }
    }

}
