import ClaimEngine
import Lexicons
import NewsText
import Pipeline
import Testing
import TestSupport

/// Attribution and typing in the invented world of `LexiconWorld`, each sentence written with
/// its speaker, verb and content marked inline (`MarkedText`): the claim must point at exactly
/// those words, and carry the party, the verb's stance and the places the rules read. What is
/// said runs to the sentence's full stop and leaves out the "that" that opens it.
struct LexiconWorldTests {
    /// A marked sentence and what its one claim must say.
    struct Case: Sendable, CustomTestStringConvertible {
        let marked: String
        let party: Party
        let kind: ClaimKind
        var stance: ReportingVerb.Stance? = .neutral
        var aggressor: Belligerent? = nil
        var negated = false
        var places: [String] = []

        var testDescription: String { marked }
    }

    static let cases: [Case] = [
        Case(
            marked: "[[Aravia's defence ministry]] {{said}} <<Belmarkian forces shelled Fernhill overnight.>>",
            party: .armeniaMod, kind: .attack, aggressor: .azerbaijan, places: ["fernhill-ashgrove"]),
        Case(
            marked: "<<Aravian units shelled Ashgrove and Millbrook on Monday>>, [[the Belmarkian defence ministry]] {{claimed}}.",
            party: .azerbaijanMod, kind: .attack, stance: .doubt, aggressor: .armenia,
            places: ["fernhill-ashgrove", "millbrook"]),
        Case(
            marked: "[[Lindgard's foreign ministry]] {{confirmed}} that <<the ceasefire took effect at noon.>>",
            party: .russia, kind: .ceasefire, stance: .credence),
        Case(
            marked: "[[Kovno]] {{denied}} that <<its army shelled Fernhill.>>",
            party: .azerbaijanGov, kind: .attack, aggressor: .azerbaijan, negated: true, places: ["fernhill-ashgrove"]),
    ]

    @Test(arguments: cases)
    func theClaimPointsAtTheMarkedWords(_ expected: Case) throws {
        let marked = MarkedText(expected.marked)
        let pipeline = try LexiconWorld.pipeline.get()
        let analysis = pipeline.analysis(of: ExtractionFixture.article(marked.text, outlet: "World Wire"))
        #expect(analysis.claims.count == 1, "\(analysis.claims.map(ExtractionFixture.summary))")
        let claim = try #require(analysis.claims.first)

        #expect(claim.party == expected.party)
        #expect(claim.kind == expected.kind)
        #expect(claim.aggressor == expected.aggressor)
        #expect(claim.negated == expected.negated)
        #expect(claim.places.distinctPlaces.map(\.place) == expected.places)
        #expect(claim.verbStance == expected.stance)
        #expect(claim.speakerSpan.map(marked.text) == marked.speaker.map(marked.text))
        #expect(claim.speakerSpan == marked.speaker)
        #expect(claim.verbSpan == marked.verb)
        let statement = analysis.statements[0][claim.statement]
        let content = statement.content.map { analysis.document.tokens.bytes(spanning: $0) }
        #expect(content.map(marked.text) == [marked.content].compactMap { $0 }.map(marked.text))
    }

    /// The world's words are the only vocabulary: the shipped names mean nothing in it.
    @Test func shippedNamesAreUnknownInTheWorld() throws {
        let pipeline = try LexiconWorld.pipeline.get()
        let claims = pipeline.analysis(of: ExtractionFixture.article("Armenia said Azerbaijani forces shelled Jermuk.")).claims
        #expect(claims.allSatisfy { $0.party == .other || $0.party == .narrator }, "\(claims.map(ExtractionFixture.summary))")
        #expect(claims.allSatisfy { $0.aggressor == nil && $0.places.isEmpty })
    }
}
