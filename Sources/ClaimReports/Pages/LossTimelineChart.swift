import ClaimEngine
import Reconciliation

/// A Mermaid timeline of the loss figures each party gave, day by day, one section per loss
/// question — easier to look at than to read when a toll is revised three times:
///
///     ```mermaid
///     timeline
///         title Loss figures as each party gave them
///         section Armenian forces killed
///             2022-09-13 : Armenia's government 49
///             2022-09-14 : Armenia's government at least 105
///     ```
///
/// Nothing when no party gave a number. Every label is built from party names, dates and
/// numbers — never from article text — so none can break the diagram.
package enum LossTimelineChart {
    package static func lines(_ incident: Incident) -> [String] {
        var body: [String] = []
        for (question, accounts) in LossesFinder().accounts(in: incident) {
            let figures = accounts.flatMap { account in
                account.figures.map { (party: account.party, day: $0.claim.day, count: $0.count) }
            }
            guard !figures.isEmpty else { continue }
            body.append("    section \(question)")
            let days = Set(figures.map { $0.day?.description ?? "undated" }).sorted()
            for day in days {
                var events: [String] = []
                for figure in figures where (figure.day?.description ?? "undated") == day {
                    let event = "\(figure.party.displayName) \(figure.count.readable)"
                    if !events.contains(event) { events.append(event) }
                }
                body.append("        \(day) : " + events.joined(separator: " : "))
            }
        }
        guard !body.isEmpty else { return [] }
        return ["```mermaid", "timeline", "    title Loss figures as each party gave them"] + body + ["```", ""]
    }
}
