import ClaimEngine
import Evaluation
import Lexicons
import NewsText
import TestSupport
import Testing

/// The claim matcher on predicted claims built by hand (`HandClaims`), so what is scored is
/// exactly what the test lists.
struct HandBuiltScoringTests {
    private static let article = HandClaims.Article(
        id: "wire", sentences: ["Armenia's defence ministry said Azerbaijani forces shelled Jermuk and 49 soldiers were killed."])

    private static func gold(_ party: Party, _ kind: ClaimKind, quote: String, aggressor: Belligerent? = nil, count: Int? = nil)
        throws -> GoldClaim
    {
        let body = article.article.body
        let start = try #require(body.firstRange(of: Array(quote.utf8))).lowerBound
        return GoldClaim(
            party: party, mode: .indirect, kind: kind, aggressor: aggressor, target: nil, negated: false,
            victim: count == nil ? nil : .armenia, outcome: count == nil ? nil : .killed,
            count: count.map { CountInterval(min: $0, max: $0) }, date: nil, quote: quote,
            quoteRanges: [ByteRange(start, start + quote.utf8.count)])
    }

    /// Counts agree when their intervals share a number, so a count is wrong only when it
    /// cannot hold the gold figure.
    @Test func theRightPartyWinsAmongCandidatesAndTheRestAreFalsePositives() throws {
        let gold = [
            try Self.gold(.armeniaMod, .attack, quote: "Azerbaijani forces shelled Jermuk", aggressor: .azerbaijan),
            try Self.gold(.armeniaMod, .casualties, quote: "49 soldiers were killed", count: 49),
        ]
        let a = Self.article
        let predicted = [
            a.claim(1, in: 0, party: .armeniaGov, kind: .attack, aggressor: .azerbaijan),
            a.claim(2, in: 0, party: .armeniaMod, kind: .attack, aggressor: .azerbaijan),
            a.claim(3, in: 0, party: .armeniaMod, kind: .casualties, victim: .armenia, outcome: .killed, count: CountInterval(min: 50, max: 55)),
            a.claim(4, in: 0, party: .armeniaMod, kind: .appeal),
        ]
        let document = try DocumentFixture.document(bytes: a.article.body, id: "wire")
        let match = ClaimMatcher.match(gold: gold, predicted: predicted, in: document)

        #expect(match.pairs.map(\.predicted.number) == [2, 3])
        #expect(match.pairs.map(\.partyIsRight) == [true, true])
        #expect(match.pairs[0].isStrict)
        #expect(match.pairs[1].wrongValues.map(\.field) == [.count], "about 50 (50–55) does not hold the gold 49")
        #expect(match.falsePositives.map(\.number) == [1, 4])
        #expect(match.misses.isEmpty)
    }
}
