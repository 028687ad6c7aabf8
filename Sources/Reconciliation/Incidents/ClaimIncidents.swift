import ClaimEngine

/// Which incident holds each claim, built once from the incidents.
///
/// Claims are keyed by document and number: the document's name is shared with the claim,
/// where the id `<document>#<n>` would be a new string for every claim of the corpus.
package struct ClaimIncidents: Sendable {
    /// For each document, the position of the incident of each of its claims, by claim number
    /// (claim 1 first); -1 for a claim no incident holds. A claim costs four bytes here, where a
    /// dictionary entry per claim cost some fifty.
    private var positions: [String: [Int32]] = [:]
    private let ids: [String]

    package init(_ incidents: [Incident]) {
        ids = incidents.map(\.id)
        for (position, incident) in incidents.enumerated() {
            for reported in incident.claims {
                Self.place(Int32(position), at: reported.claim.number - 1, in: &positions[reported.document, default: []])
            }
        }
    }

    private static func place(_ position: Int32, at index: Int, in list: inout [Int32]) {
        guard index >= 0 else { return }
        if list.count <= index { list += repeatElement(-1, count: index + 1 - list.count) }
        list[index] = position
    }

    /// The position in the incident list of the incident that holds the claim of `document`;
    /// nil for a claim that recalls history, which no incident holds.
    package func position(of claim: Claim, in document: String) -> Int? {
        let index = claim.number - 1
        guard let list = positions[document], index >= 0, index < list.count, list[index] >= 0 else { return nil }
        return Int(list[index])
    }

    /// The id of the incident that holds the claim of `document`; nil as for `position(of:in:)`.
    package func id(of claim: Claim, in document: String) -> String? { position(of: claim, in: document).map { ids[$0] } }
}
