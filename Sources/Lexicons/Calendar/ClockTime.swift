import NewsText

/// A time of day to the minute: `15:30`.
package struct ClockTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    // A byte each: a claim's time, and the moments the findings compare, are held per claim.
    private let storedHour: UInt8
    private let storedMinute: UInt8

    package var hour: Int { Int(storedHour) }
    package var minute: Int { Int(storedMinute) }

    /// Returns nil unless 0 ≤ hour ≤ 23 and 0 ≤ minute ≤ 59.
    package init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        storedHour = UInt8(hour)
        storedMinute = UInt8(minute)
    }

    /// Parses exactly `HH:MM`, e.g. `12:00`.
    package init?(text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 5, bytes[2] == UInt8(ascii: ":"),
            let hour = ASCII.integer(bytes[0..<2]), let minute = ASCII.integer(bytes[3..<5])
        else { return nil }
        self.init(hour: hour, minute: minute)
    }

    /// Minutes since midnight.
    package var minutes: Int { hour * 60 + minute }

    package static func < (lhs: ClockTime, rhs: ClockTime) -> Bool { lhs.minutes < rhs.minutes }

    package var description: String {
        "\(ASCII.padded(hour, width: 2)):\(ASCII.padded(minute, width: 2))"
    }
}
