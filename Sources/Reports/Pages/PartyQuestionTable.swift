import Lexicons
import Reconciliation
import Writers

/// An incident at a glance: one row per question (who attacked first, each loss, when the
/// fighting and the ceasefire began), one column per party that answered any of them.
///
/// | question | Armenia's government | Azerbaijan's defence ministry |
/// |---|---|---|
/// | Who attacked first | blames Azerbaijan | blames Armenia |
/// | Armenian forces killed | 49 → at least 105 → 135 |  |
package enum PartyQuestionTable {
    package static func lines(_ incident: IncidentAnswers) -> [String] {
        var rows: [(question: String, answers: [Party: String])] = []
        if !incident.aggressor.isEmpty {
            rows.append(
                ("Who attacked first", Dictionary(uniqueKeysWithValues: incident.aggressor.map { ($0.party, $0.stance.readable) })))
        }
        for (question, accounts) in incident.figures.accounts {
            rows.append((question.label, Dictionary(uniqueKeysWithValues: accounts.map { ($0.party, figures($0)) })))
        }
        for (event, answers) in incident.dates {
            let question = event == .fightingStart ? "Fighting began" : "Ceasefire began"
            rows.append((question, Dictionary(uniqueKeysWithValues: answers.map { ($0.party, $0.stance.readable) })))
        }
        let parties = Set(rows.flatMap(\.answers.keys)).sorted()
        guard !parties.isEmpty else { return ["No party answered who attacked, what was lost or when.", ""] }
        var lines = ["| question | " + parties.map(\.displayName).joined(separator: " | ") + " |"]
        lines.append("|---|" + String(repeating: "---|", count: parties.count))
        for row in rows {
            let cells = parties.map { Markdown.cell(row.answers[$0] ?? "") }
            lines.append("| \(row.question) | " + cells.joined(separator: " | ") + " |")
        }
        return lines + [""]
    }

    /// "49 → at least 105 → 135" (`LossAccount.steps`); "no number" for an account without one.
    private static func figures(_ account: LossAccount) -> String {
        let steps = account.steps.map(\.readable)
        return steps.isEmpty ? "no number" : steps.joined(separator: " → ")
    }
}
