import Lexicons
import NewsText
import TestSupport
import Testing

@testable import ClaimEngine

/// A sentence, the day it was published, and the date expressions a reader finds in it,
/// each as `text → date form` (`nil` for a date that needs a publication day it lacks).
struct DateExample: Sendable, CustomTestStringConvertible {
    let sentence: String
    let published: String?
    let expected: [String]

    init(_ sentence: String, published: String?, _ expected: [String]) {
        self.sentence = sentence
        self.published = published
        self.expected = expected
    }

    var testDescription: String { "\(published ?? "unpublished"): \(sentence)" }
}

/// A sentence and its times of day, each as `text → HH:MM` with `Z` when in UTC.
struct TimeExample: Sendable, CustomTestStringConvertible {
    let sentence: String
    let expected: [String]

    init(_ sentence: String, _ expected: [String]) {
        self.sentence = sentence
        self.expected = expected
    }

    var testDescription: String { sentence }
}

@Suite struct DateResolverTests {
    let resolver: DateResolver

    init() throws {
        resolver = try DateResolver.bundled()
    }

    private func dates(_ example: DateExample) -> [String] {
        let sentence = TokenFixture(example.sentence)
        let published = example.published.flatMap { CalendarDate(iso: $0) }
        return resolver.dates(in: sentence.tokens, range: sentence.all, text: sentence.bytes, published: published)
            .map { "\(sentence.text($0.tokens)) → \($0.date.map(\.description) ?? "nil") \($0.form.rawValue)" }
    }

    // 2022-09-13 is a Tuesday, 2020-09-27 a Sunday, 2020-09-28 a Monday, 2021-05-28 a Friday,
    // 2021-11-17 a Wednesday.

    @Test(arguments: [
        DateExample(
            "Armenia's defence ministry said Azerbaijani forces shelled positions near Jermuk overnight and that nearly 50 of its soldiers had been killed.",
            published: "2022-09-13", ["overnight → 2022-09-12 relative-day"]),
        DateExample(
            "Armenian positions in Syunik were shelled by Azerbaijani artillery yesterday afternoon as Azerbaijani armed forces launched a large-scale attack across the border.",
            published: "2021-11-17", ["yesterday → 2021-11-16 relative-day"]),
        DateExample(
            "“Nobody in the village slept last night.”", published: "2021-05-14",
            ["last night → 2021-05-13 relative-day"]),
        DateExample(
            "Officials in Stepanakert say 16 Armenian servicemen were killed today, and up to 20 civilians have been wounded.",
            published: "2020-09-27", ["today → 2020-09-27 relative-day"]),
        DateExample(
            "The adversary launched air and artillery strikes on Stepanakert at 08:10 this morning.",
            published: "2020-09-27", ["this morning → 2020-09-27 relative-day"]),
        DateExample(
            "Units of the Armenian armed forces launched a large-scale military provocation against Azerbaijani army positions in the Kalbajar and Lachin directions this afternoon.",
            published: "2021-11-16", ["this afternoon → 2021-11-16 relative-day"]),
        DateExample(
            "Residents of Sotk said shelling resumed tonight.", published: "2022-09-13",
            ["tonight → 2022-09-13 relative-day"]),
        DateExample(
            "He welcomes the ceasefire that was agreed earlier today and urges that it be fully respected.",
            published: "2021-11-16", ["earlier today → 2021-11-16 relative-day"]),
        DateExample(
            "\"Azerbaijani forces opened fire on our positions at dawn,\" the ministry in Yerevan said in a statement.",
            published: "2022-09-13", ["at dawn → 2022-09-13 relative-day"]),
        DateExample(
            "Yesterday's shelling of Tartar killed a civilian, the prosecutor's office said.", published: "2020-09-28",
            ["Yesterday's → 2020-09-27 relative-day"]),
        DateExample(
            "The ministry said the village had been shelled the day before yesterday.", published: "2022-09-13",
            ["the day before yesterday → 2022-09-11 relative-day"]),
    ])
    func relativeDays(_ example: DateExample) {
        #expect(dates(example) == example.expected)
    }

    @Test(arguments: [
        // The same day counts: published on a Tuesday, "on Tuesday" is that day.
        DateExample(
            "Armenia's defence ministry said Azerbaijani forces attacked Armenian positions on the eastern border on Tuesday.",
            published: "2022-09-13", ["on Tuesday → 2022-09-13 weekday"]),
        DateExample(
            "Fighting raged along the Nagorno-Karabakh line of contact on Sunday in the most serious flare-up in the region for years.",
            published: "2020-09-28", ["on Sunday → 2020-09-27 weekday"]),
        DateExample(
            "Sunday's shelling of Stepanakert killed two civilians, the ombudsman said.", published: "2020-09-28",
            ["Sunday's → 2020-09-27 weekday"]),
        DateExample(
            "Kremlin spokesman Dmitry Peskov confirmed that six Armenian servicemen had been detained by Azerbaijani forces on Thursday.",
            published: "2021-05-28", ["on Thursday → 2021-05-27 weekday"]),
        DateExample(
            "The invasion began in the early hours of Wednesday, when Azerbaijani units crossed the border in Syunik.",
            published: "2021-05-14", ["Wednesday → 2021-05-12 weekday"]),
        DateExample(
            "Azerbaijan said Armenian forces had shelled its positions last Tuesday.", published: "2022-09-13",
            ["last Tuesday → 2022-09-06 last-weekday"]),
        DateExample(
            "Caption: A residential building in Stepanakert damaged by Azerbaijani shelling on Sunday, September 27 (Photo: Armenian Frontline)",
            published: "2020-09-27", ["on Sunday → 2020-09-27 weekday", "September 27 → 2020-09-27 month-day"]),
    ])
    func weekdays(_ example: DateExample) {
        #expect(dates(example) == example.expected)
    }

    @Test(arguments: [
        DateExample(
            "The Armenian defence ministry also claimed that one of its soldiers had been killed by Azerbaijani fire two days ago in Gegharkunik, an allegation Baku flatly denied.",
            published: "2021-05-27", ["two days ago → 2021-05-25 days-ago"]),
        DateExample(
            "Azerbaijan's defence ministry said its positions in Lachin came under fire 3 days ago.",
            published: "2022-09-13", ["3 days ago → 2022-09-10 days-ago"]),
        DateExample(
            "In reality, it was Armenian units that opened fire on Azerbaijani positions in the Kalbajar district last week.",
            published: "2021-05-27", ["last week → 2021-05 last-week"]),
        // Seven days before 2022-09-05 is in August.
        DateExample(
            "Armenia said Azerbaijani troops had fired on Jermuk last week.", published: "2022-09-05",
            ["last week → 2022-08 last-week"]),
    ])
    func daysAgoAndLastWeek(_ example: DateExample) {
        #expect(dates(example) == example.expected)
    }

    @Test(arguments: [
        DateExample(
            "In July, border clashes in the Tovuz region left 12 Azerbaijani servicemen, among them a major general, and four Armenian soldiers dead.",
            published: "2020-09-27", ["In July → 2020-07 month"]),
        // "in August" in August is this August; from March it is last year's.
        DateExample(
            "Azerbaijani forces seized the heights in August, Armenia said.", published: "2022-08-20",
            ["in August → 2022-08 month"]),
        DateExample(
            "Azerbaijani forces seized the heights in August, Armenia said.", published: "2022-03-01",
            ["in August → 2021-08 month"]),
        DateExample(
            "He recalls his appeal in March for a global ceasefire so that the world could focus on the COVID-19 pandemic.",
            published: "2020-09-29", ["in March → 2020-03 month"]),
        // "last September" in September is the September before.
        DateExample(
            "The Secretary-General, who met the foreign ministers of both countries on the sidelines of the General Assembly last September, stands ready to support the OSCE Minsk Group Co-Chairs.",
            published: "2020-09-29", ["last September → 2019-09 last-month"]),
        DateExample(
            "Russia brokered the ceasefire that ended that war last November.", published: "2021-11-17",
            ["last November → 2020-11 last-month"]),
        DateExample(
            "A Russia-brokered ceasefire ended that war last year in November, and about 2,000 Russian peacekeepers now patrol the region.",
            published: "2021-05-13", ["last year in November → 2020-11 last-year-month"]),
        DateExample(
            "Azerbaijani troops shelled the village in September last year, the ombudsman said.",
            published: "2022-09-13", ["in September last year → 2021-09 last-year-month"]),
        DateExample(
            "In April 2016, Azerbaijani troops attacked Artsakh’s positions in a four-day war.",
            published: "2020-09-27",
            ["In April 2016 → 2016-04 month-year"]),
        DateExample(
            "The offensive of September 2020 displaced thousands of families.", published: "2022-09-13",
            ["September 2020 → 2020-09 month-year"]),
    ])
    func months(_ example: DateExample) {
        #expect(dates(example) == example.expected)
    }

    @Test(arguments: [
        DateExample(
            "Two civilians, a woman and a child, were killed in Martuni. — Shushan Stepanyan (@ShStepanyan) September 27, 2020",
            published: "2020-09-27", ["September 27, 2020 → 2020-09-27 explicit"]),
        DateExample(
            "As a result of the enemy shelling of the Naftalan district on 27 September 2020, five members of one family were killed.",
            published: "2020-09-28", ["on 27 September 2020 → 2020-09-27 explicit"]),
        DateExample(
            "The EU recalls that Azerbaijani forces crossed into Armenian territory on 12 May 2021 and have not yet withdrawn.",
            published: "2021-05-27", ["on 12 May 2021 → 2021-05-12 explicit"]),
        DateExample(
            "Information on the situation on the front line as of 09:00 on 28 September 2020", published: "2020-09-28",
            ["on 28 September 2020 → 2020-09-28 explicit"]),
        DateExample(
            "The ministry's report dated 2020-09-27 listed 16 dead.", published: nil,
            ["2020-09-27 → 2020-09-27 explicit"]),
        DateExample(
            "According to Armenia's defence ministry, Azerbaijani forces attacked Armenian positions on Nov. 16, killing six Armenian soldiers.",
            published: "2021-11-17", ["on Nov. 16 → 2021-11-16 month-day"]),
        DateExample(
            "It also regrets that one Armenian serviceman was killed on 25 May.", published: "2021-05-27",
            ["on 25 May → 2021-05-25 month-day"]),
        DateExample(
            "The defence ministry in Yerevan said that one of its soldiers was killed by Azerbaijani fire on May 25.",
            published: "2021-05-28", ["on May 25 → 2021-05-25 month-day"]),
        // Without a year: the latest such day on or before publication, so last year's.
        DateExample(
            "Azerbaijan's defence ministry said the counter-offensive began on Sept. 27.", published: "2022-09-13",
            ["on Sept. 27 → 2021-09-27 month-day"]),
        DateExample(
            "The counter-offensive began on Sep 27, Baku said.", published: "2022-09-13",
            ["on Sep 27 → 2021-09-27 month-day"]),
        DateExample(
            "Azerbaijan said the operation began on 27 Sept and ended a day later.", published: "2022-09-28",
            ["on 27 Sept → 2022-09-27 month-day"]),
    ])
    func explicitDates(_ example: DateExample) {
        #expect(dates(example) == example.expected)
    }

    @Test(arguments: [
        // No publication day: relative dates are found but not resolved; written years still are.
        DateExample(
            "Armenia's defence ministry said Azerbaijani forces shelled positions near Jermuk overnight and on Tuesday.",
            published: nil, ["overnight → nil relative-day", "on Tuesday → nil weekday"]),
        DateExample(
            "Two days ago and last week, in August and last September, Armenia said, Azerbaijan attacked.",
            published: nil,
            [
                "Two days ago → nil days-ago", "last week → nil last-week", "in August → nil month",
                "last September → nil last-month",
            ]),
        DateExample(
            "The fighting began on Sept. 27 and on September 27, 2020, Baku said.", published: nil,
            ["on Sept. 27 → nil month-day", "on September 27, 2020 → 2020-09-27 explicit"]),
    ])
    func withoutPublicationDay(_ example: DateExample) {
        #expect(dates(example) == example.expected)
    }

    @Test(arguments: [
        // "may" the modal verb, in a sentence and in a title-case headline.
        DateExample(
            "Azerbaijan may respond to any further provocation, the ministry warned.", published: "2022-09-13", []),
        DateExample("Azerbaijan May Respond To Border Provocation", published: "2022-09-13", []),
        // "May" the month needs "in", a day or a year.
        DateExample(
            "Clashes broke out in May, the ministry said.", published: "2022-09-13", ["in May → 2022-05 month"]),
        // A year alone, a time, an ordinal, a bare month are not dates.
        DateExample(
            "The mountainous region has been run by ethnic Armenians since a war that ended in 1994.",
            published: "2020-09-27", []),
        DateExample(
            "A Russia-brokered ceasefire took effect from 18:30 Moscow time (1530 GMT), the ministry said.",
            published: "2021-11-16", []),
        DateExample("The ceasefire took effect at 0600 GMT and 9 am local time.", published: "2022-09-13", []),
        DateExample("The 15th brigade withdrew from the 3rd line of defence.", published: "2022-09-13", []),
        DateExample(
            "The Armenian side had appealed to the Russian Federation under the 1997 treaty.",
            published: "2021-11-16", []),
        DateExample(
            "It was the most brazen act of Azerbaijani aggression since last year’s war.", published: "2021-05-14", []),
        DateExample("March on Baku, the posters said, but the march never came.", published: "2022-09-13", []),
    ])
    func notDates(_ example: DateExample) {
        #expect(dates(example) == example.expected)
    }

    @Test(arguments: [
        TimeExample(
            "A Russia-brokered ceasefire took effect from 18:30 Moscow time (1530 GMT) on Tuesday, Armenia's defence ministry said.",
            ["18:30 Moscow time → 15:30Z", "1530 GMT → 15:30Z"]),
        TimeExample("The ceasefire will take effect at 9 am Moscow time on Tuesday.", ["9 am Moscow time → 06:00Z"]),
        TimeExample("Azerbaijan's defence ministry said the truce would start at 0600 GMT.", ["0600 GMT → 06:00Z"]),
        TimeExample("Fighting stopped at 12:00 local time, residents said.", ["12:00 local time → 08:00Z"]),
        TimeExample("The ceasefire came into force at noon.", ["noon → 12:00"]),
        TimeExample("The guns fell silent at 12 noon Baku time.", ["12 noon Baku time → 08:00Z"]),
        TimeExample(
            "At about 13:00 today, units of the armed forces of Azerbaijan launched an offensive.", ["13:00 → 13:00"]),
        TimeExample(
            "The Armenian group was spotted at about 3:00 a.m. as it tried to mine the roads.", ["3:00 a.m. → 03:00"]),
        TimeExample("Shelling resumed at 9pm and again at 6 p.m. UTC.", ["9pm → 21:00", "6 p.m. UTC → 18:00Z"]),
        // Crossing midnight: 02:00 in Moscow is 23:00 UTC the day before.
        TimeExample("The truce began at 02:00 Moscow time.", ["02:00 Moscow time → 23:00Z -1d"]),
        TimeExample("The ceasefire took effect at 0600Z.", ["0600Z → 06:00Z"]),
        // Not times: a year, a four-digit number without a zone, a count, an id, a decimal.
        TimeExample(
            "Under the 1997 treaty, 0600 patrols, 9 soldiers, position No. 5 and 3.5 km, nothing is a time.", []),
    ])
    func times(_ example: TimeExample) {
        let sentence = TokenFixture(example.sentence)
        let found = resolver.times(in: sentence.tokens, range: sentence.all, text: sentence.bytes).map {
            "\(sentence.text($0.tokens)) → \($0.time)\($0.isUTC ? "Z" : "")\($0.dayShift == 0 ? "" : " \($0.dayShift)d")"
        }
        #expect(found == example.expected)
    }

    /// A date that names a night straddles two days; one reckoned from another event does not.
    @Test(arguments: [
        ("Azerbaijani forces shelled positions near Jermuk overnight.", true),
        ("Azerbaijani forces shelled positions near Jermuk last night.", true),
        ("Azerbaijani forces shelled positions near Jermuk on Monday night.", true),
        ("Azerbaijani forces shelled positions near Jermuk on Monday.", false),
        ("Baku said Armenian units had fired on its posts the day before.", false),
    ])
    func aNightIsMarked(sentence: String, atNight: Bool) throws {
        let tokens = TokenFixture(sentence)
        let found = resolver.dates(in: tokens.tokens, range: tokens.all, text: tokens.bytes, published: CalendarDate(iso: "2022-09-13"))
        #expect(try #require(found.first).atNight == atNight)
    }

    @Test func searchStaysInsideTheRange() {
        let sentence = TokenFixture("On Tuesday Baku said. Yerevan said overnight.")
        let published = CalendarDate(iso: "2022-09-13")
        let second = 5..<sentence.tokens.count
        let found = resolver.dates(in: sentence.tokens, range: second, text: sentence.bytes, published: published)
        #expect(found.map { sentence.text($0.tokens) } == ["overnight"])
        #expect(found.first?.bytes == sentence.tokens[7].range)
    }

    @Test func eventDateLabels() {
        #expect(EventDate(label: "2022-09-13")?.description == "2022-09-13")
        #expect(EventDate(label: "2022-09") == .month(year: 2022, month: 9))
        #expect(EventDate(label: "2022-13") == nil)
        #expect(EventDate(label: "2022-02-30") == nil)
        #expect(EventDate.month(year: 2020, month: 7).description == "2020-07")
    }

    // MARK: Lexicon data

    @Test func shippedCalendarNamesEveryMonthAndWeekday() throws {
        let calendar = try Lexicon.bundled().calendar
        #expect(Set(calendar.months.values) == Set(1...12))
        #expect(Set(calendar.weekdays.values) == Set(1...7))
        #expect(calendar.weekdays[TokenKey("Tuesday")] == 2)
        #expect(calendar.months[TokenKey("Sept")] == 9)
    }

    @Test func unknownKindIsReportedWithItsLine() throws {
        let text =
            "# Calendar words.\n# columns: phrase\tcalendar-kind\tvalue\nSeptember\tmonth\t9\nfortnight ago\tweeks-ago\t14\n"
        let table = try LexiconTable(file: "my-calendar.tsv", text: text)
        #expect(
            throws: LexiconError(
                file: "my-calendar.tsv", line: 4,
                message: "unknown kind `weeks-ago`; use one of month, weekday, relative-day, days-ago, last-week,"
                    + " day-prefix, month-prefix, previous, previous-year, zone, meridiem, named-time, night")
        ) {
            try CalendarLexicon(table)
        }
    }

    @Test(arguments: [
        (
            "Septembre\tmonth\t13",
            "a month's value is a whole number from 1 to 12, e.g. `September\tmonth\t9`; found `13`"
        ),
        (
            "Moscow time\tzone\tMSK",
            "a zone's value is a whole number from -12 to 14, e.g. `Moscow time\tzone\t3`; found `MSK`"
        ),
        ("ante meridiem\tmeridiem\tam", "a meridiem is one word; found `ante meridiem`"),
        ("noon\tnamed-time\t12", "a named-time's value is HH:MM, e.g. `noon\tnamed-time\t12:00`; found `12`"),
        ("on\tday-prefix\tyes", "a day-prefix takes no value; write `-` in the value column, found `yes`"),
        ("Sept\tmonth\t9", "`Sept` is already a month (calendar.tsv:3); keep one row"),
    ])
    func badCalendarRowsAreReportedWithTheirLine(row: String, message: String) throws {
        let text = "# columns: phrase\tcalendar-kind\tvalue\n\nSept\tmonth\t9\n\(row)\n"
        let table = try LexiconTable(file: "calendar.tsv", text: text)
        #expect(throws: LexiconError(file: "calendar.tsv", line: 4, message: message)) {
            try CalendarLexicon(table)
        }
    }

    @Test func aNumberTableIsNotACalendar() throws {
        let table = try LexiconTable(
            file: "numbers.tsv", text: "# columns: phrase\tnumber-kind\tvalue\ntwo\tnumber\t2\n")
        #expect(
            throws: LexiconError(
                file: "numbers.tsv", line: 1,
                message: "expected the columns phrase, calendar-kind, value, found phrase, number-kind, value")
        ) {
            try DateResolver(calendar: table, numbers: table)
        }
    }
}
