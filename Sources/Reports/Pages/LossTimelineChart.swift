import Reconciliation

/// A Mermaid chart of the loss figures each party gave, on the days they refer to, one
/// section per loss question — easier to look at than to read when a toll is revised:
///
///     ```mermaid
///     gantt
///         dateFormat YYYY-MM-DD
///         axisFormat %d %b
///         todayMarker off
///         section Armenian forces killed
///         Armenia gov. 49 : 2022-09-13, 1d
///         Armenia gov. at least 105 : 2022-09-14, 1d
///     ```
///
/// A Gantt chart rather than Mermaid's `timeline`: a timeline lays every day of every
/// section side by side, so an incident with a dozen figures drew 3,590 px wide and GitHub
/// shrank its text to about 4 px; a Gantt chart puts every section on one time axis scaled
/// to the page and gives each figure a row, so labels keep their size. Labels are short
/// ("Armenia MoD 45–49") and the chart is bounded: only the figures where a party's number
/// changed, at most `stepsPerParty` of them, at most `maxBars` in all — the figures table
/// above has the rest. A figure with no day (an undated article that names none) has no
/// place on the axis and is left to the table.
///
/// Nothing when no party gave a number. Every label is built from party names, dates and
/// numbers — never from article text — so none can break the diagram.
package enum LossTimelineChart {
    /// The most bars one chart draws: about 40 px each, a chart a reader takes in at once.
    package static let maxBars = 24
    /// The most figures per party and question: its latest changes.
    package static let stepsPerParty = 3

    package static func lines(_ figures: IncidentFigures) -> [String] {
        var body: [String] = []
        var bars = 0
        var left = 0
        for (question, accounts) in figures.accounts {
            var section: [String] = []
            for account in accounts {
                var steps: [(day: String, count: String)] = []
                for figure in account.figures {
                    guard let day = figure.claim.day?.description else { continue }
                    let step = (day: day, count: figure.count.readable)
                    if steps.last?.count != step.count { steps.append(step) }
                }
                section += steps.suffix(stepsPerParty).map { "    \(account.party.shortName) \($0.count) : \($0.day), 1d" }
            }
            guard !section.isEmpty else { continue }
            if bars + section.count > maxBars {
                left += section.count
                continue
            }
            bars += section.count
            body += ["    section \(question.readable)"] + section
        }
        guard !body.isEmpty else { return [] }
        // The section names stand in the left margin; the default 75 px would run them into the bars.
        let header = [
            "```mermaid", "%%{init: {\"gantt\": {\"leftPadding\": 190, \"barHeight\": 24, \"barGap\": 6}}}%%", "gantt",
            "    dateFormat YYYY-MM-DD", "    axisFormat %d %b", "    todayMarker off",
        ]
        var lines = header + body + ["```", ""]
        if left > 0 { lines += ["\(left) more figures are in the table of loss figures, not in the chart.", ""] }
        return lines
    }
}
