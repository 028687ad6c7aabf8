import Lexicons

/// A place as one claim names it: the name as written and the canonical place it stands for,
/// read from the place lexicon (`places.tsv`) when the sentence was matched.
///
/// Rival names of one place share an id, so "Stepanakert" and "Khankendi" are one place to
/// the reconciler: both carry `place == "stepanakert-khankendi"`.
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

    /// The reference of a place name as the lexicon lists it.
    package init(name: String, _ entry: PlaceName) {
        self.init(name: name, place: entry.place, leaning: entry.leaning)
    }
}

extension [PlaceReference] {
    /// Each place once, by its first name in text order: "Stepanakert (Khankendi)" is one place.
    /// A list that names each place once is itself, sharing its storage with the claims that
    /// hold it rather than copied for each incident claim.
    package var distinctPlaces: [PlaceReference] {
        // A sentence names a few places, mostly each once: those are told apart pair by pair,
        // with nothing allocated, and only a list with a place named twice is copied.
        if count <= 16 {
            let repeats = indices.contains { index in self[..<index].contains { $0.place == self[index].place } }
            if !repeats { return self }
        }
        var seen = Set<String>()
        let distinct = filter { seen.insert($0.place).inserted }
        return distinct.count == count ? self : distinct
    }
}
