import Lexicons

/// The loaded terms and contested names an outlet uses in its own voice, by leaning.
///
/// Words in quotation marks or in a paraphrase of a source are the source's; a place name is
/// not counted where the article has also given the place's other name.
package struct LanguageTally: Sendable {
    /// One word as written (case-folded), its leaning and how often it was used.
    package struct Word: Sendable, Equatable {
        package let text: String
        package let leaning: WordLeaning
        package let isPlace: Bool
        package let count: Int
    }

    /// By the word as written and its leaning: "occupied" leans one way or the other with its agent.
    private var counts: [Key: (isPlace: Bool, count: Int)] = [:]

    private struct Key: Hashable {
        let text: String
        let leaning: WordLeaning
    }

    package init() {}

    package mutating func add(_ use: LanguageUse) {
        guard use.isOwnVoice, !use.paired else { return }
        let isPlace = if case .place = use.kind { true } else { false }
        counts[Key(text: use.text.lowercased(), leaning: use.leaning), default: (isPlace, 0)].count += 1
    }

    /// Adds another tally's words: an outlet's from its articles'.
    package mutating func add(_ other: LanguageTally) {
        counts.merge(other.counts) { ($0.isPlace, $0.count + $1.count) }
    }

    package func count(_ leaning: WordLeaning) -> Int {
        counts.filter { $0.key.leaning == leaning }.reduce(0) { $0 + $1.value.count }
    }

    /// The words of one leaning, most used first, then alphabetically.
    package func words(_ leaning: WordLeaning) -> [Word] {
        counts.filter { $0.key.leaning == leaning }
            .map { Word(text: $0.key.text, leaning: leaning, isPlace: $0.value.isPlace, count: $0.value.count) }
            .sorted { ($1.count, $0.text) < ($0.count, $1.text) }
    }
}
