import ClaimEngine
import Lexicons
import NewsText
import Reconciliation

/// The parties other outlets quoted about the incidents an outlet covered, and that the outlet
/// never quotes about them.
///
/// A **period** is one of the reconciler's incidents (`IncidentCoverage`) that the outlet
/// reports: what other outlets quoted about the same clash is what it could have quoted, so
/// the bias page and the incident pages group the same claims. Narrator claims and unnamed
/// "other" sources are not parties anyone can leave out; an incident no claim dates is left out.
package struct Omissions: Sendable {
    package struct Period: Sendable {
        /// The incident's id, as on its page: `2022-09-13-jermuk`.
        package let incident: String
        package let first: CalendarDate
        package let last: CalendarDate
        /// Parties other outlets quote in the incident, in DESIGN.md order.
        package let reportedElsewhere: [Party]
        /// Parties this outlet quotes in the incident.
        package let quotedHere: [Party]

        package var leftOut: [Party] { reportedElsewhere.filter { !quotedHere.contains($0) } }

        /// Belligerents other outlets quote and this outlet does not quote at all in the incident.
        package var sidesLeftOut: [Belligerent] {
            Belligerent.allCases.filter { side in
                reportedElsewhere.contains { $0.belligerent == side } && !quotedHere.contains { $0.belligerent == side }
            }
        }
    }

    package let periods: [Period]

    /// Periods in which the outlet leaves out this side entirely.
    package func periodsLeavingOut(_ side: Belligerent) -> Int {
        periods.count { $0.sidesLeftOut.contains(side) }
    }

    /// The omissions of `outlet`, whose articles are `articles`, in the incidents of the corpus.
    package init(outlet: String, articles: [BiasEvidence], coverage: IncidentCoverage) {
        periods = coverage.incidents(holding: articles).compactMap { position in
            let incident = coverage.incidents[position]
            guard let span = incident.span else { return nil }
            var elsewhere = PartySet()
            for (other, parties) in incident.quoted where other != outlet { elsewhere.formUnion(parties) }
            return Period(
                incident: incident.id, first: span.first, last: span.last,
                reportedElsewhere: IncidentCoverage.named(elsewhere),
                quotedHere: IncidentCoverage.named(incident.quoted[outlet] ?? PartySet()))
        }
    }
}
