import ClaimEngine
import Lexicons
import NewsText
import Testing

/// A claim's fields are stored narrow — a corpus holds one set per claim — and read back as
/// they were given.
struct ClaimStorageTests {
    /// With the object's 16-byte header, 88 bytes of fields fit glibc's 112-byte chunk; a
    /// field added or widened past that costs every claim of a corpus 16 bytes more.
    @Test func aClaimsFieldsFitTheirChunk() {
        #expect(MemoryLayout<Claim.Fields>.size <= 88)
    }

    @Test func theNarrowFieldsReadBackAsGiven() throws {
        let rule = ClaimRuleID(attribution: .indirectSpeech, typing: .casualties(.killed))
        let full = Claim(
            Claim.Fields(
                document: "a", number: 7, party: .armeniaMod, speakerSpan: ByteRange(3, 15),
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
        let bare = Claim(Claim.Fields(document: "a", number: 1, party: .narrator, kind: .attack, date: .day(day), rule: rule, sentence: ByteRange(0, 4)))
        #expect(bare.speakerSpan == nil && bare.verbSpan == nil)
        #expect(!bare.negated && !bare.dateAtNight && !bare.resumes)
        #expect(bare.mergedOutcomes.isEmpty && bare.count == nil && bare.time == nil)
        #expect(bare.date == .day(day))
        // An empty span is a span, not a missing one.
        let empty = Claim(Claim.Fields(document: "a", number: 1, party: .narrator, speakerSpan: ByteRange(0, 0), kind: .attack, rule: rule, sentence: ByteRange(0, 4)))
        #expect(empty.speakerSpan == ByteRange(0, 0))
    }
}
