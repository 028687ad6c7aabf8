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

    /// By the word as written, then its leaning ("occupied" leans one way or the other with its
    /// agent): a few entries an article, held in order, where a dictionary's table would cost a
    /// kilobyte for each article of a corpus.
    private var entries: [Entry] = []

    private struct Entry {
        let text: String
        let leaning: WordLeaning
        let isPlace: Bool
        var count: Int

        func precedes(_ other: Entry) -> Bool { (text, leaning.rawValue) < (other.text, other.leaning.rawValue) }
        func isSameWord(as other: Entry) -> Bool { text == other.text && leaning == other.leaning }
    }

    package init() {}

    package mutating func add(_ use: LanguageUse) {
        guard use.isOwnVoice, !use.paired else { return }
        let isPlace = if case .place = use.kind { true } else { false }
        let entry = Entry(text: use.text.lowercased(), leaning: use.leaning, isPlace: isPlace, count: 1)
        // The first entry not before it (binary search): an article's words are a few of the
        // lexicon's, so an insertion moves a few entries.
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].precedes(entry) { low = middle + 1 } else { high = middle }
        }
        if low < entries.count, entries[low].isSameWord(as: entry) {
            entries[low].count += 1
        } else {
            entries.insert(entry, at: low)
        }
    }

    /// Adds another tally's words: an outlet's from its articles'. One walk through both.
    package mutating func add(_ other: LanguageTally) {
        var merged: [Entry] = []
        merged.reserveCapacity(entries.count + other.entries.count)
        var (left, right) = (0, 0)
        while left < entries.count || right < other.entries.count {
            if right == other.entries.count || left < entries.count && entries[left].precedes(other.entries[right]) {
                merged.append(entries[left])
                left += 1
            } else if left == entries.count || other.entries[right].precedes(entries[left]) {
                merged.append(other.entries[right])
                right += 1
            } else {
                var same = entries[left]
                same.count += other.entries[right].count
                merged.append(same)
                (left, right) = (left + 1, right + 1)
            }
        }
        entries = merged
    }

    package func count(_ leaning: WordLeaning) -> Int {
        entries.filter { $0.leaning == leaning }.reduce(0) { $0 + $1.count }
    }

    /// The words of one leaning, most used first, then alphabetically.
    package func words(_ leaning: WordLeaning) -> [Word] {
        entries.filter { $0.leaning == leaning }
            .map { Word(text: $0.text, leaning: leaning, isPlace: $0.isPlace, count: $0.count) }
            .sorted { ($1.count, $0.text) < ($0.count, $1.text) }
    }
}
