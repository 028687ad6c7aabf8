import Lexicons
import Reconciliation

/// How the outputs word the reconciler's values. `reading` is the JSON's wording, with party
/// and side ids (`blames azerbaijan`); `readable` is a page's, with their names.
extension Position.Stance {
    /// "blames azerbaijan", "45–49", "2022-09-13 06:00Z", "no number": the JSON's `reading`.
    package var reading: String {
        switch self {
        case .blames(let side): "blames \(side.rawValue)"
        case .denies(let side): "denies that \(side.rawValue) attacked"
        case .neutral: "blames no one"
        case .figure(let count): count.readable
        case .unspecified: "no number"
        case .moments(let moments): moments.map(\.description).joined(separator: " and ")
        case .confirms: "confirms the ceasefire"
        case .reportsViolation: "says it was violated"
        }
    }

    /// "blames Azerbaijan", "denies that Armenia attacked", "45–49", "no number".
    package var readable: String {
        switch self {
        case .blames(let side): "blames \(side.displayName)"
        case .denies(let side): "denies that \(side.displayName) attacked"
        default: reading
        }
    }
}

extension CountInterval {
    /// For a reader: "49", "45–49", "at least 105", "up to 20".
    package var readable: String {
        switch (min, max) {
        case (let low?, let high?): low == high ? "\(low)" : "\(low)–\(high)"
        case (let low?, nil): "at least \(low)"
        case (nil, let high?): "up to \(high)"
        case (nil, nil): "some"
        }
    }
}

extension DaySpan {
    /// For a reader: "13 September 2022", "13–16 September 2022",
    /// "27 September – 1 October 2020", "31 December 2022 – 2 January 2023".
    package var readable: String {
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        let firstMonth = months[first.month - 1]
        let lastMonth = months[last.month - 1]
        if first == last { return "\(first.day) \(firstMonth) \(first.year)" }
        if first.year != last.year {
            return "\(first.day) \(firstMonth) \(first.year) – \(last.day) \(lastMonth) \(last.year)"
        }
        if first.month != last.month { return "\(first.day) \(firstMonth) – \(last.day) \(lastMonth) \(last.year)" }
        return "\(first.day)–\(last.day) \(firstMonth) \(first.year)"
    }
}

extension Outcome {
    /// "killed", "positions lost".
    package var phrase: String { self == .positionsLost ? "positions lost" : rawValue }
}

extension LossQuestion {
    /// "Armenian forces killed".
    package var readable: String { "\(victim.displayName) \(outcome.phrase)" }
}

extension FigureQuestion {
    /// "Armenian forces killed", "Armenian forces killed or missing".
    package var readable: String {
        "\(victim.displayName) \(outcomes.map(\.phrase).joined(separator: " or "))"
    }

    /// "Armenian forces killed", "Armenian forces killed or missing (merged figure)": a
    /// merged figure says so wherever it is shown, so it is never read as one outcome's toll.
    package var label: String { isMerged ? "\(readable) (merged figure)" : readable }
}
