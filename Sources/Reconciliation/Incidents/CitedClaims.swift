/// Some of one incident's claims — a finding's evidence, a party's figures — held as their
/// places in the incident's list: 4 bytes a claim where a copy of the claim takes 24.
///
/// The findings keep their evidence for the whole run, and a finding about a clash told by
/// thousands of articles cites most of its claims. The incident's list is shared, not copied.
/// Read it as any collection of claims: `for reported in position.evidence`.
package struct CitedClaims: RandomAccessCollection, Sendable {
    /// The incident's claims.
    private let claims: [ReportedClaim]
    /// Places in `claims`, in this list's order.
    private let positions: [UInt32]

    /// The claims at `positions` of `claims` (an incident's list), in `order`: timeline order
    /// unless another is given. The list is sorted in place and kept at its size.
    package init(
        _ positions: consuming [UInt32], of claims: [ReportedClaim],
        in order: (ReportedClaim, ReportedClaim) -> Bool = ReportedClaim.timelineOrder
    ) {
        positions.sort { order(claims[Int($0)], claims[Int($1)]) }
        self.init(claims: claims, positions: positions.heldExactly())
    }

    /// Every claim of `parts`, lists of one incident's claims, in `order`.
    package init(
        merging parts: [CitedClaims], in order: (ReportedClaim, ReportedClaim) -> Bool = ReportedClaim.timelineOrder
    ) {
        var positions: [UInt32] = []
        positions.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts { positions += part.positions }
        self.init(positions, of: parts.first?.claims ?? [], in: order)
    }

    private init(claims: [ReportedClaim], positions: [UInt32]) {
        self.claims = claims
        self.positions = positions
    }

    /// The claims for which `isIncluded` is true, in this list's order.
    package func subset(where isIncluded: (ReportedClaim) -> Bool) -> CitedClaims {
        CitedClaims(claims: claims, positions: positions.filter { isIncluded(claims[Int($0)]) }.heldExactly())
    }

    /// The same claims in `order`.
    package func reordered(by order: (ReportedClaim, ReportedClaim) -> Bool) -> CitedClaims {
        CitedClaims(positions, of: claims, in: order)
    }

    /// The last claim of each `key` ("its document"), in this list's order.
    package func lastOfEach<Key: Hashable>(_ key: (ReportedClaim) -> Key) -> CitedClaims {
        var last: [Key: Int] = [:]
        for (offset, reported) in enumerated() { last[key(reported)] = offset }
        var kept: [UInt32] = []
        kept.reserveCapacity(last.count)
        for (offset, position) in positions.enumerated() where last[key(self[offset])] == offset { kept.append(position) }
        return CitedClaims(claims: claims, positions: kept)
    }

    package var startIndex: Int { 0 }
    package var endIndex: Int { positions.count }
    package subscript(index: Int) -> ReportedClaim { claims[Int(positions[index])] }
}
