import Reconciliation
import Writers

/// `incidents/<id>.md`: one clash — the parties at a glance, the loss figures with their
/// status, the findings with their evidence, the loss figures over time, and every claim in
/// time order.
package enum IncidentPage {
    package static func page(_ incident: Incident) -> ReportPage {
        var lines: [String] = []
        write(incident, to: &lines)
        return ReportPage(path: ReportLinks.incidentPath(incident.id), text: lines.joinedAsLines())
    }

    /// The page's lines as they are made, its evidence tables a row at a time: an incident
    /// thousands of articles tell can be written out without its page being held.
    package static func write(_ incident: Incident, to sink: inout some LineSink) {
        var lines = ["# \(Markdown.inline(incident.title))", ""]
        var outlets = Set<String>()
        for claim in incident.claims { outlets.insert(claim.outlet) }
        lines.append(
            "`\(incident.id)` · \(incident.span?.readable ?? "date unknown") · \(Wording.counted(incident.documents.count, "article")) from"
                + " \(Wording.counted(outlets.count, "outlet")) · \(Wording.counted(incident.claims.count, "claim"))"
                + " · [all incidents](../\(ReportLinks.index))")
        lines.append("")
        if !incident.places.isEmpty {
            let places = incident.places.map { "\(Markdown.inline($0.name)) (\($0.documents))" }
            lines.append("Places, with the number of articles naming them: \(places.joined(separator: ", ")).")
            lines.append("")
        }
        // Every party's answer to each question, read once for the three tables that show them.
        let answers = IncidentAnswers(incident)
        lines += ["## At a glance", ""]
        lines += PartyQuestionTable.lines(answers)
        let figures = FiguresTable.lines(answers.figures)
        if !figures.isEmpty { lines += ["## Loss figures", ""] + figures }
        sink.lines(lines)
        writeFindings(incident, to: &sink)
        let chart = LossTimelineChart.lines(answers.figures)
        if !chart.isEmpty { sink.lines(["## Loss figures over time", ""] + chart) }
        sink.lines(["## Timeline of claims", ""])
        // Put in order by position rather than copied: a clash told by thousands of articles has
        // hundreds of thousands of claims.
        var order = Array(0..<UInt32(incident.claims.count))
        order.sort { ReportedClaim.timelineOrder(incident.claims[Int($0)], incident.claims[Int($1)]) }
        EvidenceTable.writeFolded(
            order.lazy.map { incident.claims[Int($0)] },
            summary: incident.claims.count == 1
                ? "Its one claim, by the day it refers to" : "All \(incident.claims.count) claims, by the day they refer to",
            to: &sink)
    }

    /// The findings, grouped by relation: contradictions first, agreements last.
    private static func writeFindings(_ incident: Incident, to sink: inout some LineSink) {
        sink.lines(["## Findings", ""])
        guard !incident.findings.isEmpty else {
            sink.lines(["No contradictions, revisions, omissions or agreements found.", ""])
            return
        }
        for relation in Relation.allCases {
            for finding in incident.findings where finding.relation == relation { FindingSection.write(finding, to: &sink) }
        }
    }
}
