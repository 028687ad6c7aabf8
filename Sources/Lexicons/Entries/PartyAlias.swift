/// A name, office, capital or demonym that speaks for a party (`parties.tsv`, `others.tsv`).
///
/// `Nikol Pashinyan	armenia-gov	person`, `Baku	azerbaijan-gov	capital`.
package struct PartyAlias: LexiconEntry, Equatable {
    package enum Role: String, CaseIterable, Sendable {
        case state, capital, demonym, person, office, group, outlet

        /// Names a state as a whole, so a defence office next to it selects the defence ministry.
        package var namesState: Bool { self == .state || self == .capital || self == .demonym }
    }

    package static let columns = ["phrase", "party", "role"]
    package static let allowsSeveralPerPhrase = false

    package let party: Party
    package let role: Role

    package init(party: Party, role: Role) {
        self.party = party
        self.role = role
    }

    package init(fields: ArraySlice<String>) throws(LexiconValueError) {
        let values = Array(fields)
        party = try LexiconValueError.read("party", values[0], as: Party.self)
        role = try LexiconValueError.read("role", values[1], as: Role.self)
        if party == .narrator { throw LexiconValueError("no alias speaks for `narrator`: it is the absence of a source") }
    }
}
