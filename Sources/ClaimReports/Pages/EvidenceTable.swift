import ClaimEngine
import Reconciliation

/// The claims behind a finding or a timeline as a table a reader can check: who, what they
/// said, which outlet and when, and the sentence itself, linked to its article's page.
package enum EvidenceTable {
    package static let header = ["| party | says | outlet | published | date | sentence |", "|---|---|---|---|---|---|"]

    /// The rows, from a page in a subfolder.
    package static func rows(_ claims: [ReportedClaim]) -> [String] {
        claims.map(row)
    }

    package static func row(_ reported: ReportedClaim) -> String {
        let claim = reported.claim
        let article = ReportLinks.fromSubfolder(ReportLinks.articlePath(claim.document))
        let outlet = "[\(Markdown.inline(reported.outlet)) #\(claim.number)](\(article))"
        let cells = [
            claim.party.rawValue, Markdown.cell(ClaimTable.values(of: claim)), outlet,
            reported.published?.description ?? "", claim.date?.description ?? "", Markdown.cell(reported.sentence),
        ]
        return "| " + cells.joined(separator: " | ") + " |"
    }
}
