import Reconciliation
import Writers

/// `incidents/<id>.md`: one clash — the parties at a glance, the loss figures with their
/// status, the findings with their evidence, the loss figures over time, and every claim in
/// time order.
package enum IncidentPage {
    package static func page(_ incident: Incident) -> ReportPage {
        var lines = ["# \(Markdown.inline(incident.title))", ""]
        let outlets = Set(incident.claims.map(\.outlet)).count
        lines.append(
            "`\(incident.id)` · \(incident.span?.readable ?? "date unknown") · \(incident.documents.count) articles from"
                + " \(outlets) outlets · \(incident.claims.count) claims · [all incidents](../\(ReportLinks.index))")
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
        lines += findings(incident)
        let chart = LossTimelineChart.lines(answers.figures)
        if !chart.isEmpty { lines += ["## Loss figures over time", ""] + chart }
        lines += ["## Timeline of claims", ""]
        lines += EvidenceTable.folded(
            incident.claims.sorted(by: ReportedClaim.timelineOrder),
            summary: "All \(incident.claims.count) claims, by the day they refer to")
        return ReportPage(path: ReportLinks.incidentPath(incident.id), text: lines.joinedAsLines())
    }

    /// The findings, grouped by relation: contradictions first, agreements last.
    package static func findings(_ incident: Incident) -> [String] {
        var lines = ["## Findings", ""]
        guard !incident.findings.isEmpty else {
            return lines + ["No contradictions, revisions, omissions or agreements found.", ""]
        }
        for relation in Relation.allCases {
            let findings = incident.findings.filter { $0.relation == relation }
            guard !findings.isEmpty else { continue }
            for finding in findings { lines += FindingSection.lines(finding) }
        }
        return lines
    }
}
