import Lexicons
import NewsText

/// A time of day in a sentence, in UTC when the sentence names the zone: "18:30 Moscow time" → 15:30.
package struct TimeMention: Sendable, Equatable {
    /// Token indices of the expression, zone included: `18:30` `Moscow` `time`.
    package let tokens: Range<Int>
    /// Bytes of the expression in the text.
    package let bytes: ByteRange
    /// The time in UTC when `utcOffset` is known ("0600 GMT" → 06:00, "9 am Moscow time" → 06:00);
    /// otherwise the local time as written ("noon" → 12:00).
    package let time: ClockTime
    /// The named zone's offset from UTC in minutes ("Moscow time" → 180); nil when no zone is named.
    package let utcOffset: Int?
    /// Days from the local date to the UTC date: −1 for "02:00 Moscow time", which is 23:00 UTC
    /// the day before; 0 when no zone is named.
    package let dayShift: Int

    package init(tokens: Range<Int>, bytes: ByteRange, time: ClockTime, utcOffset: Int?, dayShift: Int) {
        self.tokens = tokens
        self.bytes = bytes
        self.time = time
        self.utcOffset = utcOffset
        self.dayShift = dayShift
    }

    /// Whether `time` is in UTC.
    package var isUTC: Bool { utcOffset != nil }

    /// Whether a time is an entry's own stamp, when it was posted: at the start of a line
    /// ("14:05 Armenia's defence ministry says …") or of a sentence, followed by a dash or a
    /// colon ("08:50 — …", "Update, 08:40: …").
    package static func isStamp(_ time: TimeMention, in sentence: Sentence, tokens: [Token]) -> Bool {
        let start = time.tokens.lowerBound
        let end = time.tokens.upperBound
        if tokens[start].startsLine { return true }
        return start - sentence.tokens.lowerBound <= 2 && end < sentence.tokens.upperBound
            && (tokens[end].kind == .dash || tokens[end].key == FunctionWords.colon)
    }
}
