import Reconciliation
import Writers

/// An incident's loss figures for an analyst (`IncidentFigures`): one row per question with
/// its status and range, one column per party with its latest figure in the source's words
/// beside the normalised number, linked to the article.
///
/// | loss | status | range | Armenia's defence ministry | Azerbaijan's defence ministry |
/// |---|---|---|---|---|
/// | Armenian forces killed | confirmed | 45–49 | nearly 50 (45–49), [2022-09-14](…) | 45, [2022-09-13](…) |
package enum FiguresTable {
    package static func lines(_ figures: IncidentFigures) -> [String] {
        let rows = figures.rows
        guard !rows.isEmpty else { return [] }
        let parties = Set(rows.flatMap { $0.figures.map(\.party) }).sorted()
        var lines = ["| loss | status | range | " + parties.map(\.displayName).joined(separator: " | ") + " |"]
        lines.append("|---|---|---|" + String(repeating: "---|", count: parties.count))
        for row in rows {
            let byParty = Dictionary(uniqueKeysWithValues: row.figures.map { ($0.party, $0) })
            let cells = [row.question.label, row.status.rawValue, row.range.readable] + parties.map { byParty[$0].map(cell) ?? "" }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        lines.append("")
        lines.append(
            "Each party's latest figure (by publication date; an undated article never counts as later). **confirmed**: parties"
                + " of both sides give figures that overlap; **contested**: figures of two sides cannot both be true, or a side denies;"
                + " **single source**: no figure from the other side.")
        if rows.contains(where: \.question.isMerged) {
            lines.append("A *merged figure* counts two outcomes at once (\"killed or missing\") and is no one outcome's toll.")
        }
        if parties.contains(where: { !$0.takesSides }) {
            lines.append(
                "The article's own voice relays figures; it counts in the range and status only when no party gives one.")
        }
        return lines + [""]
    }

    /// "nearly 50 (45–49), [2022-09-14](…)"; "denies (0)" for a denial.
    static func cell(_ figure: ClaimantFigure) -> String {
        let number = figure.count.readable
        let said: String
        if let wording = figure.wording, wording != number {
            said = "\(Markdown.cell(wording)) (\(number))"
        } else {
            said = figure.isDenial ? "denies (\(number))" : number
        }
        let link = ReportLinks.fromSubfolder(ReportLinks.articlePath(figure.claim.document))
        return "\(said), [\(figure.claim.published?.description ?? "undated")](\(link))"
    }
}
