import ClaimEngine

/// Which incident holds each claim, built once from the incidents.
///
/// Claims are keyed by document and number: the document's name is shared with the claim,
/// where the id `<document>#<n>` would be a new string for every claim of the corpus.
package struct ClaimIncidents: Sendable {
    private struct Key: Hashable {
        let document: String
        let number: Int

        init(_ claim: Claim) {
            document = claim.document
            number = claim.number
        }
    }

    private var positions: [Key: Int] = [:]
    private let ids: [String]

    package init(_ incidents: [Incident]) {
        ids = incidents.map(\.id)
        positions.reserveCapacity(incidents.reduce(0) { $0 + $1.claims.count })
        for (position, incident) in incidents.enumerated() {
            for reported in incident.claims { positions[Key(reported.claim)] = position }
        }
    }

    /// The position in the incident list of the incident that holds the claim; nil for a
    /// claim that recalls history, which no incident holds.
    package func position(of claim: Claim) -> Int? { positions[Key(claim)] }

    /// The id of the incident that holds the claim; nil as for `position(of:)`.
    package func id(of claim: Claim) -> String? { position(of: claim).map { ids[$0] } }
}
