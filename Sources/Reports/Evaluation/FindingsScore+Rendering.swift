import Evaluation
import Writers

/// The findings section of the eval scorecard, in Markdown and in its JSON.
extension FindingsScore {
    /// Scores are printed at this many decimals.
    package static let places = 3

    /// The scorecard section: precision and recall overall and per kind, then every miss and
    /// false positive so a maintainer knows what to fix.
    package func markdown(goldFile: String) -> [String] {
        var lines = [
            "## Findings", "", "Contradictions found by `reconcile`, scored against `\(Markdown.inline(goldFile))`.", "",
        ]
        lines += ["| kind | gold | predicted | matched | precision | recall |", "|---|---|---|---|---|---|"]
        for (name, tally) in slices {
            lines.append(
                "| \(name) | \(tally.gold) | \(tally.predicted) | \(tally.matched) | \(Self.number(tally.precision)) | \(Self.number(tally.recall)) |"
            )
        }
        lines.append("")
        lines += ["### Missed gold findings", ""]
        if misses.isEmpty { lines.append("Every gold finding was found.") }
        for miss in misses {
            let question = [miss.finding.victim?.rawValue, miss.finding.outcome?.rawValue, miss.finding.event?.rawValue]
                .compactMap { $0 }
            let subject = ([miss.finding.kind.rawValue] + question).joined(separator: " ")
            lines.append(
                "- finding \(miss.index): \(subject), incident \(miss.finding.incident), \(miss.finding.parties.map(\.rawValue).joined(separator: ", ")) — \(Markdown.inline(miss.finding.note))"
            )
        }
        lines += ["", "### False positives", ""]
        if falsePositives.isEmpty { lines.append("Every predicted contradiction matched a gold finding.") }
        for prediction in falsePositives {
            lines.append(
                "- `\(prediction.incident.id)/\(prediction.finding.key)`: \(Markdown.inline(prediction.finding.summary))")
        }
        return lines + [""]
    }

    /// The scores as a JSON object: `{"total": {…}, "aggressor": {…}, "losses": {…}, "date": {…}}`,
    /// each `{"gold", "predicted", "matched", "precision", "recall"}` (a score is null when undefined).
    package func write(to json: inout JSONWriter) {
        json.beginObject()
        for (name, tally) in slices {
            json.key(name)
            json.beginObject()
            json.key("gold")
            json.int(tally.gold)
            json.key("predicted")
            json.int(tally.predicted)
            json.key("matched")
            json.int(tally.matched)
            json.key("precision")
            json.decimal(tally.precision, places: Self.places)
            json.key("recall")
            json.decimal(tally.recall, places: Self.places)
            json.endObject()
        }
        json.endObject()
    }

    private var slices: [(String, Counts)] {
        [("total", total)] + GoldFindings.kinds.map { ($0.rawValue, tally($0)) }
    }

    /// `0.875`, or `–` when undefined; the same digits on every machine and locale.
    private static func number(_ value: Double?) -> String {
        value.map { FixedPoint.text($0, places: places) } ?? "–"
    }
}
