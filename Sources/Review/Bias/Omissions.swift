import ClaimEngine
import NewsText

/// The parties whose claims other outlets reported in the days an outlet covered, and that
/// the outlet never quotes.
///
/// An outlet's dated articles are grouped into **periods**: articles at most three days apart
/// (`NearbyDays`) share one. Other outlets' articles within three days of any of the period's
/// articles are what it could have quoted. Narrator claims and unnamed "other" sources are
/// not parties anyone can leave out.
package struct Omissions: Sendable {
    package struct Period: Sendable {
        package let first: CalendarDate
        package let last: CalendarDate
        /// Parties other outlets quote in the period, in DESIGN.md order.
        package let reportedElsewhere: [Party]
        /// Parties this outlet quotes in the period.
        package let quotedHere: [Party]

        package var leftOut: [Party] { reportedElsewhere.filter { !quotedHere.contains($0) } }

        /// Belligerents other outlets quote and this outlet does not quote at all in the period.
        package var sidesLeftOut: [Belligerent] {
            Belligerent.allCases.filter { side in
                reportedElsewhere.contains { $0.belligerent == side } && !quotedHere.contains { $0.belligerent == side }
            }
        }

        /// "2022-09-13" or "2022-09-13 – 2022-09-16".
        package var label: String { first == last ? first.description : "\(first) – \(last)" }
    }

    package let periods: [Period]

    /// Periods in which the outlet leaves out this side entirely.
    package func periodsLeavingOut(_ side: Belligerent) -> Int {
        periods.count { $0.sidesLeftOut.contains(side) }
    }

    /// The omissions of `outlet`, whose articles are `own`, against what every outlet quoted.
    package init(outlet: String, own: [BiasEvidence], coverage: Coverage) {
        let dated = own.filter { $0.published != nil }
            .sorted { ($0.published?.dayNumber ?? 0, $0.id) < ($1.published?.dayNumber ?? 0, $1.id) }
        var groups: [[BiasEvidence]] = []
        for article in dated {
            if let previous = groups.last?.last, NearbyDays.near(previous.published, article.published) {
                groups[groups.count - 1].append(article)
            } else {
                groups.append([article])
            }
        }
        periods = groups.compactMap { group in
            guard let first = group.first?.published, let last = group.last?.published else { return nil }
            // The articles of a period are at most three days apart, so the days within three
            // days of any of them are exactly these.
            let days = (first.dayNumber - NearbyDays.days)...(last.dayNumber + NearbyDays.days)
            return Period(
                first: first, last: last, reportedElsewhere: coverage.parties(on: days, notBy: outlet),
                quotedHere: Coverage.named(Set(group.flatMap { $0.claims.map(\.party) })))
        }
    }
}
