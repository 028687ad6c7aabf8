import Lexicons

/// The names of each contested place by leaning, from `places.tsv`: Stepanakert (armenian),
/// Khankendi (azerbaijani) for `stepanakert-khankendi`.
///
/// A name is **contested** when its place has a name of another leaning: the other side's
/// or a neutral one ("Zangezur" against "Syunik").
package struct RivalNames: Sendable {
    /// Each place's names in file order.
    private let names: [String: [(name: String, leaning: WordLeaning)]]

    package init(_ places: PhraseLexicon<PlaceName>) {
        var names: [String: [(name: String, leaning: WordLeaning)]] = [:]
        for row in places.rows { names[row.entry.place, default: []].append((row.phrase, row.entry.leaning)) }
        self.names = names
    }

    /// Whether a name of this leaning has a rival of another leaning.
    package func isContested(_ place: PlaceName) -> Bool {
        place.leaning != .neutral && (names[place.place] ?? []).contains { $0.leaning != place.leaning }
    }

    /// The wording to suggest for a contested name as written: the neutral name when there is
    /// one ("Black Lake"), else both names ("Stepanakert (Khankendi)").
    package func suggestion(for written: String, _ place: PlaceName) -> String {
        let rivals = names[place.place] ?? []
        if let neutral = rivals.first(where: { $0.leaning == .neutral }) { return neutral.name }
        guard let other = rivals.first(where: { $0.leaning != place.leaning }) else { return written }
        return "\(written) (\(other.name))"
    }

    /// The rival names of a place, for messages: "Khankendi, Xankəndi".
    package func rivals(of place: PlaceName) -> [String] {
        (names[place.place] ?? []).filter { $0.leaning != place.leaning }.map(\.name)
    }
}
