/// How a qualifier turns the number after it into an interval (LABELING.md, "count").
///
/// `numbers.tsv` maps each qualifier phrase to one of these rules by its raw value:
///
///     nearly	qualifier	just-below
///
/// so "nearly 50" → `justBelow.interval(50)` → 45…49.
package enum QualifierRule: String, CaseIterable, Sendable {
    /// "nearly 50", "almost 50" → {ceil(0.9·N), N−1} = 45…49.
    case justBelow = "just-below"
    /// "about 50", "around 50", "approximately 50", "some 50" → {floor(0.9·N), ceil(1.1·N)} = 45…55.
    case around
    /// "more than 100", "over 100" → {N+1, open} = 101….
    case moreThan = "more-than"
    /// "at least 105" → {N, open} = 105….
    case atLeast = "at-least"
    /// "up to 550", "as many as 550" → {open, N} = …550.
    case upTo = "up-to"
    /// "fewer than 10", "less than 10" → {open, N−1} = …9.
    case lessThan = "less-than"

    /// The interval the qualified number allows.
    ///
    /// For `justBelow` and N < 10 the formula's lower end would pass its upper end
    /// ("nearly 5" → {5, 4}); the lower end is then held at N−1 ("nearly 5" → 4…4).
    package func interval(_ n: Int) -> CountInterval {
        switch self {
        case .justBelow: CountInterval(min: Swift.min((9 * n + 9) / 10, n - 1), max: n - 1)
        case .around: CountInterval(min: 9 * n / 10, max: (11 * n + 9) / 10)
        case .moreThan: CountInterval(min: n + 1, max: nil)
        case .atLeast: CountInterval(min: n, max: nil)
        case .upTo: CountInterval(min: nil, max: n)
        case .lessThan: CountInterval(min: nil, max: n - 1)
        }
    }
}
