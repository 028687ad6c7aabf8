
/// Every party's answer to each question an incident raises — who attacked first, each loss,
/// when the fighting and the ceasefire began — whether the answers disagree or not, read by
/// the same rules as the findings. The findings are the questions whose answers disagree; an
/// incident page shows all of them.
package struct IncidentAnswers: Sendable {
    /// "Who attacked first": the parties that blame a side (`AggressorFinder`).
    package let aggressor: [Position]
    /// Each party's figures for each loss (`LossAccount`), and the latest per claimant.
    package let figures: IncidentFigures
    /// When each party says the fighting and the ceasefire began (`DateFinder`), events in
    /// declaration order, only those some party dates.
    package let dates: [(event: DatedEvent, answers: [Position])]

    package init(_ incident: Incident) {
        aggressor = AggressorFinder().positions(in: incident).filter(\.inDispute)
        figures = IncidentFigures(incident)
        let finder = DateFinder()
        dates = DatedEvent.allCases.compactMap { event in
            let answers = finder.answers(for: event, in: incident)
            return answers.isEmpty ? nil : (event, answers)
        }
    }
}
