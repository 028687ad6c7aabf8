import Lexicons
import Reconciliation
import TestSupport
import Testing

/// Claims cited by their place in an incident's list read back as the claims themselves, in
/// the order asked for, on a clash whose statements were published over three days.
struct CitedClaimsTests {
    typealias Fixture = ReconciliationFixture.Article

    /// One clash told on three days; the ministry revises its toll, Baku gives another.
    func incident() throws -> Incident {
        let corpus = try ReconciliationFixture.reconcile([
            Fixture(
                "wire-c", published: "2023-03-09",
                "Armenia's defence ministry said on Thursday that 31 Armenian soldiers were killed near Sotk."),
            Fixture(
                "wire-a", published: "2023-03-07",
                """
                Armenia's defence ministry said on Tuesday that 12 Armenian soldiers were killed near Sotk.

                It said Azerbaijani forces had shelled Armenian positions near Sotk on Tuesday.
                """),
            Fixture(
                "wire-b", outlet: "Azeri Vanguard", published: "2023-03-08",
                """
                Azerbaijan's defence ministry said on Wednesday that 60 Armenian soldiers were killed near Sotk.

                It said Armenian forces had fired first on Azerbaijani positions near Sotk on Tuesday.
                """),
        ])
        #expect(corpus.incidents.count == 1, "\(corpus.incidents.map(\.id))")
        return try #require(corpus.incidents.first)
    }

    @Test func citedClaimsReadBackInTimelineOrderWhateverOrderTheyWereGivenIn() throws {
        let incident = try incident()
        let places = (0..<incident.claims.count).reversed().map(UInt32.init)
        let cited = CitedClaims(places, of: incident.claims)
        #expect(cited.count == incident.claims.count)
        let expected = incident.claims.sorted(by: ReportedClaim.timelineOrder).map(\.id)
        #expect(cited.map(\.id) == expected)
        #expect(Set(expected).count == incident.claims.count)
    }

    @Test func aSubsetKeepsItsOrderAndTheLastOfEachDocumentIsItsLatestClaim() throws {
        let incident = try incident()
        let cited = CitedClaims(Array(0..<UInt32(incident.claims.count)), of: incident.claims, in: ReportedClaim.publicationOrder)
        let attacks = cited.subset { $0.claim.kind == .attack }
        #expect(attacks.map(\.id) == incident.claims.filter { $0.claim.kind == .attack }.map(\.id))
        #expect(cited.lastOfEach(\.document).map(\.id) == ["wire-a#2", "wire-b#2", "wire-c#1"])
    }

    @Test func aFindingCitesEveryClaimOfItsPositionsInTimelineOrder() throws {
        let incident = try incident()
        let revision = try #require(incident.findings.first { $0.kind == .losses && $0.relation == .revision })
        // The ministry's toll as it rose, each statement once, in timeline order.
        #expect(revision.evidence.map(\.id) == ["wire-a#1", "wire-c#1"])
        let contradiction = try #require(incident.findings.first { $0.kind == .aggressor })
        let cited = contradiction.positions.flatMap { $0.evidence.map(\.id) }
        #expect(contradiction.evidence.map(\.id) == contradiction.evidence.sorted(by: ReportedClaim.timelineOrder).map(\.id))
        #expect(Set(contradiction.evidence.map(\.id)) == Set(cited))
        #expect(contradiction.evidenceCount == cited.count)
    }
}
