import Lexicons
import NewsText

extension DateResolver {
    /// The times of day in `tokens[range]`, left to right, for when a ceasefire took effect.
    ///
    ///     from 18:30 Moscow time (1530 GMT) on Tuesday   → 15:30 UTC, 15:30 UTC
    ///     from 9 am Moscow time                          → 06:00 UTC
    ///     at 12:00 local time                            → 08:00 UTC (Baku and Yerevan are UTC+4)
    ///     at noon                                        → 12:00, zone unknown
    ///
    /// Forms: `H:MM`/`HH:MM` (`18:30`), an hour with a meridiem (`9 am`, `9am`, `6 p.m.`,
    /// `9:30 a.m.`, `9.30 am`), a named time (`noon`, `12 noon`), each with an optional zone
    /// (`GMT`, `UTC`, `Moscow time`, `local time`); four digits count as a time only with a
    /// zone (`0600 GMT`, `0600Z`), and `9.30` only with a meridiem or a zone. A zone converts the
    /// time to UTC; without one the time is kept as written.
    package func times(in tokens: [Token], range: Range<Int>, text: [UInt8]) -> [TimeMention] {
        let c = Context(tokens: tokens, limit: range.upperBound, text: text, calendar: calendar)
        var found: [TimeMention] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let token = tokens[index]
            if token.kind == .number || calendar.starters.contains(token.key), let mention = time(at: index, c) {
                found.append(mention)
                index = mention.tokens.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    private func time(at start: Int, _ c: Context) -> TimeMention? {
        var local: ClockTime
        var end: Int
        var zone: Int?
        if let named = c.phrase(calendar.namedTimes, at: start) {
            local = named.value
            end = named.tokens.upperBound
        } else if let bytes = c.numberBytes(at: start), let clock = ClockDigits(bytes) {
            end = start + 1
            // A suffix written onto the digits (`9am`, `0600Z`), else a word after them (`9 am`, `0600 GMT`).
            var meridiem: CalendarLexicon.Meridiem?
            if !clock.suffix.isEmpty {
                var hasher = TokenKey.Hasher()
                for b in clock.suffix { hasher.add(b) }
                if let written = calendar.meridiems[hasher.key] {
                    meridiem = written
                } else if let offset = calendar.zoneWords[hasher.key] {
                    zone = offset
                } else {
                    return nil
                }
            } else if end < c.limit, c.tokens[end].kind == .word, let written = calendar.meridiems[c.tokens[end].key] {
                meridiem = written
                end += 1
            }
            if zone == nil, let phrase = c.phrase(calendar.zones, at: end) {
                zone = phrase.value
                end = phrase.tokens.upperBound
            }
            if clock.minute == nil, meridiem == nil, zone == nil,
                let named = c.phrase(calendar.namedTimes, at: end), named.value.hour % 12 == clock.hour % 12
            {
                // "12 noon", "12 midnight".
                local = named.value
                end = named.tokens.upperBound
            } else {
                switch clock.layout {
                case .colon: break
                case .dot: guard meridiem != nil || zone != nil else { return nil }
                case .fourDigits: guard zone != nil, meridiem == nil else { return nil }
                case .hour: guard meridiem != nil else { return nil }
                }
                var hour = clock.hour
                if let meridiem {
                    guard (1...12).contains(hour) else { return nil }
                    hour = hour % 12 + (meridiem == .pm ? 12 : 0)
                }
                guard let time = ClockTime(hour: hour, minute: clock.minute ?? 0) else { return nil }
                local = time
            }
        } else {
            return nil
        }
        if zone == nil, end > start, let phrase = c.phrase(calendar.zones, at: end) {
            zone = phrase.value
            end = phrase.tokens.upperBound
        }

        let bytes = c.tokens.bytes(spanning: start..<end)
        guard let offset = zone else {
            return TimeMention(tokens: start..<end, bytes: bytes, time: local, utcOffset: nil, dayShift: 0)
        }
        let minutes = local.minutes - offset
        let dayShift = minutes < 0 ? -1 : minutes >= 24 * 60 ? 1 : 0
        let utcMinutes = minutes - dayShift * 24 * 60
        guard let utc = ClockTime(hour: utcMinutes / 60, minute: utcMinutes % 60) else { return nil }
        return TimeMention(tokens: start..<end, bytes: bytes, time: utc, utcOffset: offset, dayShift: dayShift)
    }

    /// The digits of a number token read as a clock: `18:30`, `9.30`, `0600`, `9`, and a
    /// letter suffix (`9am`, `0600Z`).
    private struct ClockDigits {
        enum Layout { case colon, dot, fourDigits, hour }

        let layout: Layout
        let hour: Int
        let minute: Int?
        let suffix: ArraySlice<UInt8>

        init?(_ bytes: ArraySlice<UInt8>) {
            var i = bytes.startIndex
            while i < bytes.endIndex, ASCII.isDigit(bytes[i]) { i += 1 }
            let lead = bytes[bytes.startIndex..<i]
            guard let leadValue = ASCII.integer(lead) else { return nil }
            if i < bytes.endIndex, bytes[i] == UInt8(ascii: ":") || bytes[i] == UInt8(ascii: ".") {
                let separator = bytes[i]
                let minuteStart = i + 1
                var j = minuteStart
                while j < bytes.endIndex, ASCII.isDigit(bytes[j]) { j += 1 }
                guard lead.count <= 2, j - minuteStart == 2, let minute = ASCII.integer(bytes[minuteStart..<j])
                else { return nil }
                layout = separator == UInt8(ascii: ":") ? .colon : .dot
                hour = leadValue
                self.minute = minute
                i = j
            } else if lead.count == 4 {
                layout = .fourDigits
                hour = leadValue / 100
                minute = leadValue % 100
            } else if lead.count <= 2 {
                layout = .hour
                hour = leadValue
                minute = nil
            } else {
                return nil
            }
            suffix = bytes[i...]
            guard suffix.allSatisfy(ASCII.isLetter), ClockTime(hour: hour, minute: minute ?? 0) != nil else {
                return nil
            }
        }
    }
}
