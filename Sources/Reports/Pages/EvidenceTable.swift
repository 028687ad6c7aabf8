import Reconciliation
import Writers

/// The claims behind a finding or a timeline as a table a reader can check: who, what they
/// said, which outlet and when, and the sentence itself, linked to its article's page.
package enum EvidenceTable {
    package static let header = ["| party | says | outlet | published | date | sentence |", "|---|---|---|---|---|---|"]

    /// The rows, from a page in a subfolder.
    package static func rows(_ claims: [ReportedClaim]) -> [String] {
        claims.map(row)
    }

    /// The table folded under a one-line summary, for a page that leads with conclusions:
    /// GitHub renders the Markdown inside `<details>` when blank lines set it apart.
    package static func folded(_ claims: [ReportedClaim], summary: String) -> [String] {
        var lines: [String] = []
        writeFolded(claims, summary: summary, to: &lines)
        return lines
    }

    /// `folded`, a row at a time.
    package static func writeFolded(_ claims: some Collection<ReportedClaim>, summary: String, to sink: inout some LineSink) {
        sink.lines(["<details>", "<summary>\(Markdown.inline(summary))</summary>", ""] + header)
        for claim in claims { sink.line(row(claim)) }
        sink.lines(["", "</details>", ""])
    }

    package static func row(_ reported: ReportedClaim) -> String {
        let claim = reported.claim
        let article = ReportLinks.fromSubfolder(ReportLinks.articlePath(reported.document))
        let outlet = "[\(Markdown.inline(reported.outlet)) #\(claim.number)](\(article))"
        let cells = [
            claim.party.displayName, Markdown.cell(ClaimTable.values(of: claim)), outlet,
            reported.published?.description ?? "", claim.date?.description ?? "", Markdown.cell(reported.sentence),
        ]
        return "| " + cells.joined(separator: " | ") + " |"
    }
}
