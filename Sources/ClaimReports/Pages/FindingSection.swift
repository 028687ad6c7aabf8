import ClaimEngine
import Reconciliation

/// One finding on an incident page: a heading, the summary, each party's stance and the
/// sentences behind it.
package enum FindingSection {
    /// "Who attacked first — contradiction", "Losses: Armenian forces killed — revision by
    /// Armenia's government", "Date: ceasefire start — agreement".
    package static func heading(_ finding: Finding) -> String {
        var topic: String
        switch finding.kind {
        case .aggressor: topic = "Who attacked first"
        case .losses:
            let question = finding.victim.flatMap { victim in finding.outcome.map { LossQuestion(victim: victim, outcome: $0) } }
            topic = "Losses: \(question?.description ?? "unknown")"
        case .date: topic = "Date: \(finding.event == .ceasefireStart ? "ceasefire start" : "fighting start")"
        case .ceasefire: topic = "Ceasefire"
        }
        topic += " — \(finding.relation.rawValue)"
        if finding.relation == .revision { topic += " by \(readableList(finding.parties.map(\.displayName)))" }
        return topic
    }

    package static func lines(_ finding: Finding, level: Int = 3) -> [String] {
        var lines = [String(repeating: "#", count: level) + " " + heading(finding), ""]
        lines.append(Markdown.inline(finding.summary))
        lines.append("")
        lines.append("| party | side | stance |")
        lines.append("|---|---|---|")
        for position in finding.positions {
            let stance = position.inDispute ? position.stance.description : "\(position.stance.description) (not a side)"
            lines.append("| \(position.party.rawValue) | \(position.party.side.rawValue) | \(Markdown.cell(stance)) |")
        }
        lines.append("")
        lines += EvidenceTable.header
        lines += EvidenceTable.rows(finding.evidence)
        lines.append("")
        return lines
    }
}
