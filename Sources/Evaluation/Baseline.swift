import Foundation

/// The committed headline scores (`Corpus/baseline.json`, the output of
/// `counterclaim eval Corpus --format json`) and the comparison of a new run against them.
///
/// A headline score that drops by more than 0.01 is a regression:
///
///     Corpus/baseline.json: detection-recall dropped from 0.812 to 0.790 (by 0.022; the gate allows 0.010)
///
/// Scores are compared as printed, rounded to `HeadlineScore.places` decimals, so the
/// comparison is the same on every machine.
package struct Baseline: Sendable, Equatable {
    /// A drop the gate lets pass, in units of the last printed place (0.010).
    package static let toleranceUnits = 10

    /// The scores in the file; a score the file does not have is not compared.
    package let scores: [HeadlineScore: Double]
    /// The findings' precision and recall (`findings.total` of the file), when it has them.
    package let findings: [FindingsGate: Double]

    package init(scores: [HeadlineScore: Double], findings: [FindingsGate: Double] = [:]) {
        self.scores = scores
        self.findings = findings
    }

    /// Reads a JSON scorecard; only its `headline` object is used.
    package init(json bytes: [UInt8], file: String) throws(BaselineError) {
        struct File: Decodable {
            struct Findings: Decodable { let total: [String: Double?] }
            let headline: [String: Double?]
            let findings: Findings?
        }
        let decoded: File
        do {
            decoded = try JSONDecoder().decode(File.self, from: Data(bytes))
        } catch {
            throw BaselineError(
                file: file,
                // The file exists and may be anything (an article, a label file): never
                // suggest a command that would overwrite it.
                message: "not a JSON scorecard with a 'headline' object; check the --baseline path, or write a"
                    + " new baseline with `counterclaim eval CORPUS --format json > baseline.json`")
        }
        var scores: [HeadlineScore: Double] = [:]
        for score in HeadlineScore.allCases {
            guard let value = decoded.headline[score.rawValue] ?? nil else { continue }
            guard (0...1).contains(value) else {
                throw BaselineError(
                    file: file, message: "headline score '\(score.rawValue)' is \(value); a score lies between 0 and 1")
            }
            scores[score] = value
        }
        guard !scores.isEmpty else {
            throw BaselineError(
                file: file,
                message: "the 'headline' object has none of the scores "
                    + HeadlineScore.allCases.map(\.rawValue).joined(separator: ", "))
        }
        self.scores = scores
        var findings: [FindingsGate: Double] = [:]
        for gate in FindingsGate.allCases {
            if let value = decoded.findings?.total[gate.key] ?? nil { findings[gate] = value }
        }
        self.findings = findings
    }

    /// The headline scores (then the findings scores) of `scorecard` that dropped by more than the tolerance, and those
    /// that rose by more than it, in `HeadlineScore` order.
    package func compare(with scorecard: Scorecard) -> BaselineComparison {
        var regressions: [ScoreChange] = []
        var improvements: [ScoreChange] = []
        for score in HeadlineScore.allCases {
            guard let old = scores[score] else { continue }
            // An undefined score (an empty corpus) has fallen as far as it can.
            let new = scorecard.total.score(score) ?? 0
            let change = ScoreChange(name: score.rawValue, old: old, new: new)
            if change.units < -Self.toleranceUnits { regressions.append(change) }
            if change.units > Self.toleranceUnits { improvements.append(change) }
        }
        for gate in FindingsGate.allCases {
            guard let old = findings[gate] else { continue }
            let new = scorecard.findings.flatMap { gate.value(of: $0.total) } ?? 0
            let change = ScoreChange(name: gate.rawValue, old: old, new: new)
            if change.units < -Self.toleranceUnits { regressions.append(change) }
            if change.units > Self.toleranceUnits { improvements.append(change) }
        }
        return BaselineComparison(regressions: regressions, improvements: improvements)
    }
}

/// The findings scores the gate holds the reconciler to, beside the headline scores.
package enum FindingsGate: String, CaseIterable, Sendable {
    case precision = "findings-precision"
    case recall = "findings-recall"

    /// The key in the scorecard's `findings.total` object.
    var key: String { self == .precision ? "precision" : "recall" }

    func value(of tally: FindingsScore.Counts) -> Double? {
        self == .precision ? tally.precision : tally.recall
    }
}
