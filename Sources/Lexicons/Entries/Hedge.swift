/// A hedge or vague source (`hedges.tsv`): `reportedly	hedge`, `sources	vague`.
package struct Hedge: LexiconEntry, Equatable {
    package enum Kind: String, CaseIterable, Sendable {
        /// The article's own voice, at one remove: "reportedly", "allegedly".
        case hedge
        /// A source that is not named: "sources said", "it is believed".
        case vague
    }

    package static let columns = ["phrase", "hedge"]
    package static let allowsSeveralPerPhrase = false

    package let kind: Kind

    package init(fields: ArraySlice<String>) throws(LexiconValueError) {
        kind = try LexiconValueError.read("hedge", Array(fields)[0], as: Kind.self)
    }
}
