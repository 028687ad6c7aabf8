import NewsText

/// A news medium a belligerent's state owns (`state-media.tsv`): `Armenpress	armenia`.
///
/// Read by the outlet bias review only, from an outlet's own name (`Article.outletName`),
/// never from article text: an agency quoted in a sentence ("Armenpress reported") is a
/// source there, not its owner.
package struct StateMedium: LexiconEntry {
    /// The side whose state owns the medium.
    package let owner: Belligerent

    package static let columns = ["phrase", "owner"]
    package static let allowsSeveralPerPhrase = false

    package init(fields: ArraySlice<String>) throws(LexiconValueError) {
        owner = try LexiconValueError.read("owner", Array(fields)[0], as: Belligerent.self)
    }
}

extension PhraseLexicon where Entry == StateMedium {
    /// The side whose state owns the outlet, when its own name is one this lexicon lists.
    package func owner(ofOutlet outlet: String) -> Belligerent? {
        entries(of: String(Article.outletName(outlet)))?.first?.owner
    }
}
