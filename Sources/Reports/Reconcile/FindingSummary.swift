import ClaimEngine
import Lexicons
import Reconciliation

/// A finding's one sentence for a reader, built from its positions: the reconcile output's
/// `summary` and the pages' finding lines.
extension Finding {
    package var summary: String {
        switch kind {
        case .aggressor: return Self.aggressorSummary(positions)
        case .losses: return lossesSummary
        case .date: return dateSummary
        case .ceasefire: return ceasefireSummary
        }
    }

    /// "Armenian forces killed: Armenia's defence ministry 31, Azerbaijan's defence ministry
    /// 495–605; the figures cannot all be true."
    private var lossesSummary: String {
        let question = victim.flatMap { victim in outcome.map { LossQuestion(victim: victim, outcome: $0) } }
        let what = question.map(\.readable) ?? "losses"
        let sides = positions.filter(\.inDispute)
        switch relation {
        case .revision:
            guard case .revisedFigures(let steps) = detail, let party = sides.first?.party else { return what }
            return "\(party.displayName) revised its figure for \(what): \(steps.map(\.readable).joined(separator: " → "))."
                .capitalizedFirst
        case .omission:
            let names = sides.map(\.party.displayName)
            return "\(readableList(names)) \(names.count > 1 ? "speak" : "speaks") of \(what) without giving a number."
                .capitalizedFirst
        case .contradiction, .agreement:
            let verb = relation == .contradiction ? "cannot all be true" : "fit together"
            let parts = sides.map { "\($0.party.displayName) \($0.stance.reading)" }
            return "\(what): \(parts.joined(separator: ", ")); the figures \(verb).".capitalizedFirst
        }
    }

    /// "The ceasefire began: Armenia's government 2022-09-14; Russia 2022-09-13 06:00Z; the
    /// accounts differ."
    private var dateSummary: String {
        let parts = positions.filter(\.inDispute).map { "\($0.party.displayName) \($0.stance.reading)" }
        let what = event == .fightingStart ? "The fighting began" : "The ceasefire began"
        let verdict = relation == .contradiction ? "the accounts differ" : "the accounts agree"
        return "\(what): \(parts.joined(separator: "; ")); \(verdict)."
    }

    /// "Armenia's defence ministry and Russia say a ceasefire was agreed or is in force."
    private var ceasefireSummary: String {
        let names = positions.filter { $0.stance == .confirms }.map(\.party.displayName)
        var summary = "\(readableList(names)) say a ceasefire was agreed or is in force."
        if case .violationReporters(let parties) = detail, !parties.isEmpty {
            let accusers = parties.map(\.displayName)
            summary += " \(readableList(accusers)) \(accusers.count > 1 ? "report" : "reports") it violated."
        }
        return summary.capitalizedFirst
    }

    /// "Armenia's government blames Azerbaijan; Azerbaijan's defence ministry denies that
    /// Azerbaijan attacked. Russia and China blame no one."
    private static func aggressorSummary(_ positions: [Position]) -> String {
        var clauses: [String] = []
        var grouped: [Position.Stance: [Party]] = [:]
        var order: [Position.Stance] = []
        for position in positions where position.inDispute {
            if grouped[position.stance] == nil { order.append(position.stance) }
            grouped[position.stance, default: []].append(position.party)
        }
        for stance in order {
            let parties = grouped[stance] ?? []
            let subject = readableList(parties.map(\.displayName))
            let plural = parties.count > 1
            switch stance {
            case .blames(let side): clauses.append("\(subject) \(plural ? "blame" : "blames") \(side.displayName)")
            case .denies(let side): clauses.append("\(subject) \(plural ? "deny" : "denies") that \(side.displayName) attacked")
            default: break
            }
        }
        var text = clauses.joined(separator: "; ") + "."
        let neutral = positions.filter { !$0.inDispute }.map(\.party.displayName)
        if !neutral.isEmpty {
            text += " " + "\(readableList(neutral)) \(neutral.count > 1 ? "blame" : "blames") no one.".capitalizedFirst
        }
        return text.capitalizedFirst
    }
}

extension String {
    /// The text with its first letter in upper case: "the EU says…" → "The EU says…".
    package var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
