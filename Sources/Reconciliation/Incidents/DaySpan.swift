import NewsText

/// The days an incident covers, first to last inclusive: `2022-09-12…2022-09-16`.
package struct DaySpan: Hashable, Sendable, CustomStringConvertible {
    package private(set) var first: CalendarDate
    package private(set) var last: CalendarDate

    package init(_ day: CalendarDate) {
        first = day
        last = day
    }

    package init(first: CalendarDate, last: CalendarDate) {
        self.first = min(first, last)
        self.last = max(first, last)
    }

    /// The smallest span holding every day; nil for no days.
    package init?(covering days: some Sequence<CalendarDate>) {
        var iterator = days.makeIterator()
        guard let start = iterator.next() else { return nil }
        self.init(start)
        while let day = iterator.next() { include(day) }
    }

    package func contains(_ day: CalendarDate) -> Bool { first <= day && day <= last }

    /// Whether every day of `other` lies in this span.
    package func contains(_ other: DaySpan) -> Bool { first <= other.first && other.last <= last }

    package mutating func include(_ day: CalendarDate) {
        first = min(first, day)
        last = max(last, day)
    }

    package mutating func include(_ span: DaySpan) {
        include(span.first)
        include(span.last)
    }

    /// Whole days between the two spans: 0 when they overlap or touch, 3 from a span
    /// ending on the 10th to one starting on the 13th.
    package func gap(to other: DaySpan) -> Int {
        if other.first > last { return other.first.dayNumber - last.dayNumber }
        if first > other.last { return first.dayNumber - other.last.dayNumber }
        return 0
    }

    package var days: Int { last.dayNumber - first.dayNumber + 1 }

    package var description: String { first == last ? first.description : "\(first)…\(last)" }

    /// For a reader: "13 September 2022", "13–16 September 2022",
    /// "27 September – 1 October 2020", "31 December 2022 – 2 January 2023".
    package var readable: String {
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        let firstMonth = months[first.month - 1]
        let lastMonth = months[last.month - 1]
        if first == last { return "\(first.day) \(firstMonth) \(first.year)" }
        if first.year != last.year {
            return "\(first.day) \(firstMonth) \(first.year) – \(last.day) \(lastMonth) \(last.year)"
        }
        if first.month != last.month { return "\(first.day) \(firstMonth) – \(last.day) \(lastMonth) \(last.year)" }
        return "\(first.day)–\(last.day) \(firstMonth) \(first.year)"
    }
}
