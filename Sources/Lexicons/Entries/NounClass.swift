/// What a noun names, for victims and lost ground (`nouns.tsv`): `servicemen	military`.
package enum NounClass: String, CaseIterable, LexiconEntry {
    case military, civilian, people, place

    package static let columns = ["phrase", "class"]
    package static let allowsSeveralPerPhrase = false

    package init(fields: ArraySlice<String>) throws(LexiconValueError) {
        self = try LexiconValueError.read("class", Array(fields)[0], as: NounClass.self)
    }

    /// People, as opposed to places.
    package var isPeople: Bool { self != .place }
}
