/// A day in the proleptic Gregorian calendar, with the arithmetic relative dates need.
///
/// Foundation's `Calendar` depends on the machine's time zone and locale; the day
/// arithmetic here does not, so "on Tuesday" resolves the same everywhere.
package struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    // Stored narrow: a corpus holds several dates per claim.
    private let storedYear: Int32
    private let storedMonth: UInt8
    private let storedDay: UInt8

    package var year: Int { Int(storedYear) }
    package var month: Int { Int(storedMonth) }
    package var day: Int { Int(storedDay) }

    /// The years a publication date may have: relative dates ("last year", "three days
    /// ago") stay four-digit years around them, and no news about this conflict is older.
    package static let newsYears = 1900...2100

    /// Returns nil unless the three numbers name a real day ("2022-02-30" is not one).
    package init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1,
            day <= CalendarDate.daysIn(month: month, year: year), let storedYear = Int32(exactly: year)
        else { return nil }
        self.storedYear = storedYear
        self.storedMonth = UInt8(month)
        self.storedDay = UInt8(day)
    }

    /// Parses exactly `YYYY-MM-DD`, e.g. `2022-09-13`.
    package init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = ASCII.integer(bytes[0..<4]),
            let month = ASCII.integer(bytes[5..<7]),
            let day = ASCII.integer(bytes[8..<10])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    package static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    package static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    package var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    package init(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        // No text names a day two billion years away; such arithmetic stops at the last year.
        self.storedYear = Int32(clamping: yoe + era * 400 + (m <= 2 ? 1 : 0))
        self.storedMonth = UInt8(m)
        self.storedDay = UInt8(d)
    }

    /// 1 = Monday … 7 = Sunday (ISO 8601).
    package var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    package func adding(days: Int) -> CalendarDate {
        CalendarDate(dayNumber: dayNumber + days)
    }

    package static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        lhs.ordinal < rhs.ordinal
    }

    /// A number in calendar order, for sorting: cheaper than `dayNumber`, but its differences
    /// are not days.
    package var ordinal: Int { (year * 13 + month) * 32 + day }

    package var description: String {
        "\(ASCII.padded(year, width: 4))-\(ASCII.padded(month, width: 2))-\(ASCII.padded(day, width: 2))"
    }
}
