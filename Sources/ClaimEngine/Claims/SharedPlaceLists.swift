/// The lists of places an article's claims repeat, each kept once an article: a corpus
/// command holds every claim it reads, and the claims of a sentence, or of sentences naming
/// the same places, would otherwise each store the list again.
package struct SharedPlaceLists: Sendable {
    private var lists: [[PlaceReference]: [PlaceReference]] = [:]

    package init() {}

    /// The stored copy of a list of places, stored now if it is new.
    package mutating func shared(_ places: [PlaceReference]) -> [PlaceReference] {
        guard !places.isEmpty else { return places }
        if let stored = lists[places] { return stored }
        lists[places] = places
        return places
    }
}
