import ClaimEngine
import Reconciliation
import Writers

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
            topic = "Losses: \(question?.readable ?? "unknown")"
        case .date: topic = "Date: \(finding.event == .ceasefireStart ? "ceasefire start" : "fighting start")"
        case .ceasefire: topic = "Ceasefire"
        }
        topic += " — \(finding.relation.rawValue)"
        if finding.relation == .revision { topic += " by \(readableList(finding.parties.map(\.displayName)))" }
        return topic
    }

    /// The heading, the summary, the stances, then the sentences behind them folded away:
    /// the summary and stances answer the question; the evidence is there to check it.
    package static func lines(_ finding: Finding, level: Int = 3) -> [String] {
        var lines: [String] = []
        write(finding, level: level, to: &lines)
        return lines
    }

    /// `lines`, its evidence a row at a time.
    package static func write(_ finding: Finding, level: Int = 3, to sink: inout some LineSink) {
        var lines = [String(repeating: "#", count: level) + " " + heading(finding), ""]
        lines.append(Markdown.inline(finding.summary))
        lines.append("")
        lines.append("| party | side | stance |")
        lines.append("|---|---|---|")
        for position in finding.positions {
            let stance = position.inDispute ? position.stance.readable : "\(position.stance.readable) (not a side)"
            lines.append("| \(position.party.displayName) | \(position.party.side.displayName) | \(Markdown.cell(stance)) |")
        }
        lines.append("")
        let evidence = finding.evidence
        var outlets = Set<String>()
        for claim in evidence { outlets.insert(claim.outlet) }
        let summary =
            evidence.count == 1
            ? "The sentence behind it" : "The \(evidence.count) sentences behind it, from \(outlets.count) outlet\(outlets.count == 1 ? "" : "s")"
        sink.lines(lines)
        EvidenceTable.writeFolded(evidence, summary: summary, to: &sink)
    }
}
