/// The texts an article's claims repeat — speaker phrases, verbs, lists of places — each kept
/// once an article: a corpus command holds every claim it reads, and "Armenia's defence
/// ministry" would otherwise be stored again for each sentence that names it.
package struct SharedTexts: Sendable {
    private var strings: [String: String] = [:]
    private var placeLists: [[PlaceReference]: [PlaceReference]] = [:]

    package init() {}

    /// The stored copy of `text`, stored now if it is new.
    package mutating func shared(_ text: String) -> String {
        if let stored = strings[text] { return stored }
        strings[text] = text
        return text
    }

    /// The stored copy of a list of places, stored now if it is new.
    package mutating func shared(_ places: [PlaceReference]) -> [PlaceReference] {
        guard !places.isEmpty else { return places }
        if let stored = placeLists[places] { return stored }
        placeLists[places] = places
        return places
    }
}
