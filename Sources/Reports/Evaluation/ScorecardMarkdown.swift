import Evaluation
import NewsText
import Writers

/// The scorecard for a maintainer: the numbers first, then every miss, false positive and
/// wrong value with its sentence — the list of what to fix next.
///
/// Article text only ever appears inside table cells escaped with `Markdown.cell`, so a
/// sentence cannot break the table or inject HTML or links.
package enum ScorecardMarkdown {
    package static func render(_ scorecard: Scorecard) -> String {
        var lines: [String] = ["# Evaluation scorecard", ""]
        let total = scorecard.total
        lines.append(
            "\(scorecard.documents.count) labelled documents, \(total.gold) gold claims,"
                + " \(total.predicted) predicted claims, \(total.goldMatched) matched.")
        lines.append("")
        lines += headline(total)
        lines += values(total)
        lines += breakdown(
            title: "Per kind", key: "kind", slices: scorecard.kindsInOrder.map { ($0.kind.rawValue, $0.tally) },
            note: "Gold and predicted claims are counted under their own kind; a match always has the same kind.")
        lines += breakdown(
            title: "Per party", key: "party", slices: scorecard.partiesInOrder.map { ($0.party.rawValue, $0.tally) },
            note: "Gold claims are counted under their gold party (recall, found), predicted claims under their"
                + " predicted party (precision, matched); accuracies are over the pairs whose gold claim has the party.")
        if let findings = scorecard.findings { lines += findings.markdown(goldFile: scorecard.findingsFile) }
        lines += misses(scorecard.documents)
        lines += falsePositives(scorecard.documents)
        lines += valueErrors(scorecard.documents)
        return lines.joined(separator: "\n")
    }

    // MARK: - Numbers

    private static func headline(_ total: Tally) -> [String] {
        var lines = ["## Headline", ""] + header(["score", "value", "what it measures"])
        for score in HeadlineScore.allCases {
            lines.append(row([score.title, number(total.score(score)), score.meaning]))
        }
        return lines + [""]
    }

    private static func values(_ total: Tally) -> [String] {
        var lines = ["## Values on matched pairs", ""] + header(["value", "accuracy"])
        for field in ValueField.allCases {
            lines.append(row([field.rawValue, number(total.accuracy(of: field))]))
        }
        lines.append(row(["all values", number(total.score(.valueAccuracy))]))
        return lines + [""]
    }

    private static func breakdown(title: String, key: String, slices: [(name: String, tally: Tally)], note: String) -> [String] {
        // The score columns are the headline scores, in their order.
        let scoreColumns = ["precision", "recall", "F1", "party", "mode", "values", "strict P", "strict R", "strict F1"]
        var lines = ["## \(title)", ""] + header([key, "gold", "found", "predicted", "matched"] + scoreColumns)
        for (name, tally) in slices {
            let counts = [tally.gold, tally.goldMatched, tally.predicted, tally.predictedMatched].map(String.init)
            lines.append(row([name] + counts + HeadlineScore.allCases.map { number(tally.score($0)) }))
        }
        return lines + ["", note, ""]
    }

    /// A table's header and delimiter rows.
    private static func header(_ columns: [String]) -> [String] {
        [row(columns), "|" + String(repeating: "---|", count: columns.count)]
    }

    /// A table row of cells that are already escaped.
    private static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    /// `0.912`, or `–` for a score with nothing to divide by.
    private static func number(_ value: Double?) -> String {
        value.map { FixedPoint.text($0, places: HeadlineScore.places) } ?? "–"
    }

    // MARK: - What to fix

    private static func misses(_ documents: [DocumentMatch]) -> [String] {
        section(
            "Misses", documents: documents, empty: "Every gold claim was found.",
            columns: ["kind", "party", "gold quote", "sentence"]
        ) { document in
            document.misses.map { miss in
                [miss.gold.kind.rawValue, miss.gold.party.rawValue, Markdown.cell(miss.gold.quote), Markdown.cell(document.article.text(miss.sentence))]
            }
        }
    }

    private static func falsePositives(_ documents: [DocumentMatch]) -> [String] {
        section(
            "False positives", documents: documents, empty: "Every predicted claim matches a gold claim.",
            columns: ["kind", "party", "predicted claim", "sentence"]
        ) { document in
            document.falsePositives.map { claim in
                [claim.kind.rawValue, claim.party.rawValue, Markdown.cell(ClaimTable.values(of: claim)), Markdown.cell(document.article.text(claim.sentence))]
            }
        }
    }

    private static func valueErrors(_ documents: [DocumentMatch]) -> [String] {
        section(
            "Value errors", documents: documents, empty: "Every matched pair has the right party, mode and values.",
            columns: ["kind", "party", "field", "gold", "predicted", "gold quote"]
        ) { document in
            document.pairs.flatMap { pair in
                let errors = fieldErrors(pair)
                return errors.map { field, gold, predicted in
                    [pair.gold.kind.rawValue, pair.gold.party.rawValue, field, Markdown.cell(gold), Markdown.cell(predicted), Markdown.cell(pair.gold.quote)]
                }
            }
        }
    }

    /// The party, mode and values a matched pair got wrong, as (field, gold, predicted).
    private static func fieldErrors(_ pair: MatchedPair) -> [(String, String, String)] {
        var errors: [(String, String, String)] = []
        if !pair.partyIsRight { errors.append(("party", pair.gold.party.rawValue, pair.predicted.party.rawValue)) }
        if !pair.modeIsRight { errors.append(("mode", pair.gold.mode.rawValue, pair.predicted.mode.rawValue)) }
        for check in pair.wrongValues { errors.append((check.field.rawValue, check.gold, check.predicted)) }
        return errors
    }

    /// A section with one table per document that has rows, documents in id order.
    private static func section(
        _ title: String, documents: [DocumentMatch], empty: String, columns: [String], rows: (DocumentMatch) -> [[String]]
    ) -> [String] {
        let tables = documents.map { ($0.article.id, rows($0)) }.filter { !$0.1.isEmpty }
        let count = tables.reduce(0) { $0 + $1.1.count }
        var lines = ["## \(title) (\(count))", ""]
        if tables.isEmpty { return lines + [empty, ""] }
        for (id, rows) in tables {
            lines += ["### \(Markdown.cell(id))", ""] + header(columns) + rows.map(row) + [""]
        }
        return lines
    }
}
