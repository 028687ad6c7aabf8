import Writers

/// The outcome of comparing a run with the baseline.
package struct BaselineComparison: Sendable, Equatable {
    package let regressions: [ScoreChange]
    /// Gains large enough to be worth raising the baseline for.
    package let improvements: [ScoreChange]

    package var passes: Bool { regressions.isEmpty }
}

/// One gated score in the baseline and in this run: "detection-recall dropped from 0.812 to 0.790".
package struct ScoreChange: Sendable, Equatable, CustomStringConvertible {
    /// The score's key: a `HeadlineScore` or a `FindingsGate` raw value.
    package let name: String
    package let old: Double
    package let new: Double

    /// The headline score that changed, nil for a findings score.
    package var score: HeadlineScore? { HeadlineScore(rawValue: name) }

    /// The change as printed, in units of the last place: -22 for 0.812 → 0.790.
    package var units: Int {
        FixedPoint.units(new, places: HeadlineScore.places) - FixedPoint.units(old, places: HeadlineScore.places)
    }

    package var description: String {
        let places = HeadlineScore.places
        let by = FixedPoint.text(units: abs(units), places: places)
        let verb = units < 0 ? "dropped" : "rose"
        return "\(name) \(verb) from \(FixedPoint.text(old, places: places)) to \(FixedPoint.text(new, places: places)) (by \(by))"
    }
}
