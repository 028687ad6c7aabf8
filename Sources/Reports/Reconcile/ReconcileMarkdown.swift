import Reconciliation
import Writers

/// `counterclaim reconcile --format markdown`: each incident and its findings, for reading
/// in a terminal or pasting into a document. The report pages say more.
package enum ReconcileMarkdown {
    /// Writes incident by incident, so the output is never held whole.
    package static func render(_ incidents: [Incident], to output: inout some TextOutputStream) {
        for incident in incidents {
            var lines: [String] = []
            lines.append("## \(Markdown.inline(incident.title))")
            lines.append("")
            lines.append(
                "`\(incident.id)` · \(incident.span?.readable ?? "date unknown") · \(Wording.counted(incident.documents.count, "article")) ·"
                    + " \(Wording.counted(incident.claims.count, "claim")) · \(Wording.counted(incident.findings.count, "finding"))")
            lines.append("")
            for finding in incident.findings { lines += FindingSection.lines(finding) }
            for line in lines { output.write(line + "\n") }
        }
    }
}
