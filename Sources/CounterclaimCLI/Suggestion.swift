/// "Did you mean …?" for a mistyped command or option, as git and cargo ask: the known name
/// closest to what was typed, when it is close enough to be a slip of the fingers — at most
/// two edits, and fewer than half the word.
enum Suggestion {
    static func closest(to typed: String, among known: [String]) -> String? {
        let typedBytes = Array(typed.utf8)
        let ranked = known.map { (name: $0, distance: editDistance(typedBytes, Array($0.utf8))) }
            .filter { $0.distance <= 2 && $0.distance * 2 < max(typedBytes.count, 1) }
            .sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
        return ranked.first?.name
    }

    /// " (did you mean 'extract'?)", or nothing.
    static func clause(for typed: String, among known: [String]) -> String {
        closest(to: typed, among: known).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Levenshtein distance over bytes, with swapped neighbours counted as one edit
    /// ("fromat" → "format").
    private static func editDistance(_ lhs: [UInt8], _ rhs: [UInt8]) -> Int {
        guard !lhs.isEmpty else { return rhs.count }
        guard !rhs.isEmpty else { return lhs.count }
        var before = [Int](repeating: 0, count: rhs.count + 1)
        var previous = Array(0...rhs.count)
        var current = [Int](repeating: 0, count: rhs.count + 1)
        for i in 1...lhs.count {
            current[0] = i
            for j in 1...rhs.count {
                let substitution = previous[j - 1] + (lhs[i - 1] == rhs[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                if i > 1, j > 1, lhs[i - 1] == rhs[j - 2], lhs[i - 2] == rhs[j - 1] {
                    current[j] = min(current[j], before[j - 2] + 1)
                }
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[rhs.count]
    }
}
