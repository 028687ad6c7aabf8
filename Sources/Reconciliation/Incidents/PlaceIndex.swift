import Lexicons

/// Written place names → canonical place ids, read from the place lexicon (`places.tsv`).
///
/// Rival names of one place share an id, so "Stepanakert" and "Khankendi" are the same
/// place to the grouper: `index.place(named: "Khankendi")?.place == "stepanakert-khankendi"`.
/// The lookup tokenizes the name the way the extractor did, so "Xankəndi" and "KHANKENDI"
/// in a claim's `places` resolve too.
package struct PlaceIndex: Sendable {
    private let lexicon: PhraseLexicon<PlaceName>

    package init(lexicon: Lexicon) {
        self.lexicon = lexicon.places
    }

    /// The index of the shipped place lexicon.
    package static func bundled() throws(LexiconError) -> PlaceIndex {
        PlaceIndex(lexicon: try Lexicon.bundled())
    }

    /// The lexicon entry for a name as written; nil for a name the lexicon does not hold.
    package func place(named name: String) -> PlaceName? {
        lexicon.entries(of: name)?.first
    }

    /// The places a claim names, as references in text order, each place once.
    package func references(_ names: [String]) -> [PlaceReference] {
        var seen = Set<String>()
        var references: [PlaceReference] = []
        for name in names {
            guard let entry = place(named: name), seen.insert(entry.place).inserted else { continue }
            references.append(PlaceReference(name: name, place: entry.place, leaning: entry.leaning))
        }
        return references
    }
}

/// A place as one claim names it: the written name and the canonical place it stands for.
package struct PlaceReference: Hashable, Sendable {
    /// As written in the sentence: "Khankendi".
    package let name: String
    /// The canonical id shared by rival names: "stepanakert-khankendi".
    package let place: String
    package let leaning: WordLeaning

    package init(name: String, place: String, leaning: WordLeaning) {
        self.name = name
        self.place = place
        self.leaning = leaning
    }
}
