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
}
