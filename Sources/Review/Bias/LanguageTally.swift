import ClaimEngine

/// The loaded terms and contested names an outlet uses in its own voice, by leaning.
///
/// Words in quotation marks or in a paraphrase of a source are the source's; a place name is
/// not counted where the article has also given the place's other name.
package struct LanguageTally: Sendable {
    /// One word as written (case-folded), its leaning and how often it was used.
    package struct Word: Sendable, Equatable {
        package let text: String
        package let leaning: PlaceName.Leaning
        package let isPlace: Bool
        package let count: Int
    }

    private var counts: [String: (leaning: PlaceName.Leaning, isPlace: Bool, count: Int)] = [:]

    package init() {}

    package mutating func add(_ use: LanguageUse) {
        guard use.isOwnVoice, !use.paired else { return }
        let isPlace = if case .place = use.kind { true } else { false }
        let key = use.text.lowercased()
        counts[key, default: (use.leaning, isPlace, 0)].count += 1
    }

    package func count(_ leaning: PlaceName.Leaning) -> Int {
        counts.values.filter { $0.leaning == leaning }.reduce(0) { $0 + $1.count }
    }

    /// The words of one leaning, most used first, then alphabetically.
    package func words(_ leaning: PlaceName.Leaning) -> [Word] {
        counts.filter { $0.value.leaning == leaning }
            .map { Word(text: $0.key, leaning: $0.value.leaning, isPlace: $0.value.isPlace, count: $0.value.count) }
            .sorted { ($1.count, $0.text) < ($0.count, $1.text) }
    }
}
