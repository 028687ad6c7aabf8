import ClaimEngine
import Lexicons
import NewsText
import Testing

/// A claim's fields are stored narrow — a corpus holds one set per claim — and read back as
/// they were given.
struct ClaimStorageTests {
    /// With the object's 16-byte header, 72 bytes of fields fit glibc's 96-byte chunk; a
    /// field added or widened past that costs every claim of a corpus 16 bytes more.
    @Test func aClaimsFieldsFitTheirChunk() {
        #expect(MemoryLayout<Claim.Fields>.size <= 72)
    }

    @Test func theNarrowFieldsReadBackAsGiven() throws {
        let rule = ClaimRuleID(attribution: .indirectSpeech, typing: .casualties(.killed))
        let full = Claim(
            Claim.Fields(
                number: 7, party: .armeniaMod, speakerSpan: ByteRange(3, 15),
                mode: .indirect, verbSpan: ByteRange(16, 20), kind: .casualties, negated: true,
                victim: .armenia, outcome: .killed, mergedOutcomes: [.missing], date: .month(year: 2020, month: 9),
                dateAtNight: true, resumes: true, rule: rule, sentence: ByteRange(0, 90), statement: 2))
        #expect(full.speakerSpan == ByteRange(3, 15))
        #expect(full.verbSpan == ByteRange(16, 20))
        #expect(full.negated && full.dateAtNight && full.resumes)
        #expect(full.mergedOutcomes == [.missing])
        #expect(full.date == .month(year: 2020, month: 9))
        #expect(full.number == 7 && full.statement == 2)

        let day = try #require(CalendarDate(year: 2022, month: 9, day: 13))
        let bare = Claim(Claim.Fields(number: 1, party: .narrator, kind: .attack, date: .day(day), rule: rule, sentence: ByteRange(0, 4)))
        #expect(bare.speakerSpan == nil && bare.verbSpan == nil)
        #expect(!bare.negated && !bare.dateAtNight && !bare.resumes)
        #expect(bare.mergedOutcomes.isEmpty && bare.count == nil && bare.time == nil)
        #expect(bare.date == .day(day))
        // An empty span is a span, not a missing one.
        let empty = Claim(Claim.Fields(number: 1, party: .narrator, speakerSpan: ByteRange(0, 0), kind: .attack, rule: rule, sentence: ByteRange(0, 4)))
        #expect(empty.speakerSpan == ByteRange(0, 0))
    }

    /// A count and a clock time are kept narrow too, open bounds and vague counts included.
    @Test(arguments: [
        CountInterval(min: 45, max: 49), CountInterval(min: 101, max: nil), CountInterval(min: nil, max: 550),
        CountInterval(min: -1, max: -1), nil,
    ])
    func aCountAndATimeReadBackAsGiven(interval: CountInterval?) throws {
        let rule = ClaimRuleID(attribution: .indirectSpeech, typing: .casualties(.killed))
        let count = CountMention(
            tokens: 70_000..<70_003, bytes: ByteRange(400_000, 400_012), interval: interval,
            qualifier: interval == nil ? nil : .justBelow, text: "nearly fifty")
        let clock = try #require(ClockTime(hour: 23, minute: 59))
        let claim = Claim(
            Claim.Fields(
                number: 1, party: .azerbaijanMod, kind: .casualties, victim: .armenia, outcome: .killed,
                count: count, time: StatedTime(clock: clock, isUTC: true), rule: rule, sentence: ByteRange(399_990, 400_100)))
        #expect(claim.count == count)
        #expect(claim.count?.interval?.min == interval?.min && claim.count?.interval?.max == interval?.max)
        #expect(claim.time == StatedTime(clock: clock, isUTC: true))
        #expect(claim.mergedOutcomes.isEmpty)

        let local = Claim(
            Claim.Fields(
                number: 2, party: .armeniaMod, kind: .ceasefire, time: StatedTime(clock: clock, isUTC: false),
                rule: rule, sentence: ByteRange(0, 4)))
        #expect(local.count == nil)
        #expect(local.time == StatedTime(clock: clock, isUTC: false))
    }
}
