import ClaimEngine
import Lexicons
import Testing

/// A claim's time of day: written as the contracts write it, ordered as written, and compared
/// across parties in UTC, an hour with no zone being on the theatre's UTC+4 clock.
struct StatedTimeTests {
    private func time(_ hour: Int, _ minute: Int, utc: Bool) -> StatedTime {
        StatedTime(clock: ClockTime(hour: hour, minute: minute)!, isUTC: utc)
    }

    @Test func writtenAsTheContractsWriteIt() {
        #expect(time(6, 0, utc: true).description == "06:00Z")
        #expect(time(10, 5, utc: false).description == "10:05")
    }

    @Test func anHourWithNoZoneIsOnTheTheatresClock() {
        #expect(time(10, 0, utc: false).minutesUTC == time(6, 0, utc: true).minutesUTC)
        // Just after midnight in Yerevan is the evening before in UTC.
        #expect(time(2, 30, utc: false).minutesUTC == 22 * 60 + 30)
    }

    @Test func orderedAsWrittenALocalHourBeforeTheSameHourInUTC() {
        let times = [time(6, 1, utc: false), time(6, 0, utc: true), time(6, 0, utc: false)]
        #expect(times.sorted().map(\.description) == ["06:00", "06:00Z", "06:01"])
    }
}
