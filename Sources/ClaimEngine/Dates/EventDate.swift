import NewsText

/// When a claimed event happened, as precisely as the sentence says: a day or a month.
///
/// The description is the label format's `date`: `2022-09-13` for "on Tuesday",
/// `2022-09` for "last week".
package enum EventDate: Hashable, Sendable, CustomStringConvertible {
    case day(CalendarDate)
    case month(year: Int, month: Int)

    /// Parses the label format, `YYYY-MM-DD` or `YYYY-MM`; nil for anything else.
    package init?(label: some StringProtocol) {
        let bytes = Array(label.utf8)
        if bytes.count == 10, let day = CalendarDate(iso: label) {
            self = .day(day)
        } else if bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
            let year = ASCII.integer(bytes[0..<4]), let month = ASCII.integer(bytes[5..<7]),
            (1...12).contains(month)
        {
            self = .month(year: year, month: month)
        } else {
            return nil
        }
    }

    package var description: String {
        switch self {
        case .day(let day): day.description
        case .month(let year, let month): "\(ASCII.padded(year, width: 4))-\(ASCII.padded(month, width: 2))"
        }
    }
}
