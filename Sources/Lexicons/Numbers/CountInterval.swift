/// How many, as the bounds a sentence allows: "nearly 50" is 45…49, "at least 105" is 105….
///
/// Either end may be open (nil): "more than 100" is `CountInterval(min: 101, max: nil)`.
/// The label format writes it as `{"min": 101, "max": null}`.
package struct CountInterval: Hashable, Sendable, CustomStringConvertible {
    // Each bound a plain integer, `Int.min` for an open end: 16 bytes where two optionals take
    // 25 (and 32 in a list). The findings hold a figure beside every claim that gives one.
    private let storedMin: Int
    private let storedMax: Int

    package var min: Int? { storedMin == Int.min ? nil : storedMin }
    package var max: Int? { storedMax == Int.min ? nil : storedMax }

    /// `Int.min` is an open end too: no count comes near it.
    package init(min: Int?, max: Int?) {
        storedMin = min ?? Int.min
        storedMax = max ?? Int.min
    }

    /// An exact count: "49" → 49…49.
    package static func exactly(_ value: Int) -> CountInterval {
        CountInterval(min: value, max: value)
    }

    /// Whether two counts can both be true: they share a number. The one rule for whether two
    /// figures agree — in the findings, the check, bias and the scorer.
    package func overlaps(_ other: CountInterval) -> Bool {
        (min ?? Int.min) <= (other.max ?? Int.max) && (other.min ?? Int.min) <= (max ?? Int.max)
    }

    /// `45…49`, `105…`, `…550`: the bounds with an open end left blank.
    package var description: String {
        "\(min.map(String.init) ?? "")…\(max.map(String.init) ?? "")"
    }
}
