/// A set of parties held as bits, in four bytes: a corpus's incidents keep one for each outlet
/// that reports them, where a hashed set would cost a table of its own.
package struct PartySet: Sendable, Equatable {
    private var bits: UInt32 = 0

    package init() {}

    package init(_ parties: some Sequence<Party>) {
        for party in parties { insert(party) }
    }

    private static func bit(_ party: Party) -> UInt32 {
        // Party has 16 cases, in DESIGN.md order; its position is its bit.
        1 << UInt32(Party.allCases.firstIndex(of: party)!)
    }

    package mutating func insert(_ party: Party) { bits |= Self.bit(party) }

    package func contains(_ party: Party) -> Bool { bits & Self.bit(party) != 0 }

    package mutating func formUnion(_ other: PartySet) { bits |= other.bits }

    package var isEmpty: Bool { bits == 0 }

    /// The parties in the set, in DESIGN.md order.
    package var parties: [Party] { Party.allCases.filter(contains) }
}
