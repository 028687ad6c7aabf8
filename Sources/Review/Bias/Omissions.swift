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

    /// The omissions of `outlet`, whose articles are among `articles` (every outlet's).
    package init(outlet: String, articles: [ReviewedArticle]) {
        let own = articles.filter { $0.article.outlet == outlet && $0.article.published != nil }
            .sorted { ($0.article.published?.dayNumber ?? 0, $0.article.id) < ($1.article.published?.dayNumber ?? 0, $1.article.id) }
        var groups: [[ReviewedArticle]] = []
        for article in own {
            if let previous = groups.last?.last, NearbyDays.near(previous.article.published, article.article.published) {
                groups[groups.count - 1].append(article)
            } else {
                groups.append([article])
            }
        }
        periods = groups.compactMap { group in
            guard let first = group.first?.article.published, let last = group.last?.article.published else { return nil }
            let elsewhere = articles.filter { other in
                other.article.outlet != outlet && group.contains { NearbyDays.near($0.article.published, other.article.published) }
            }
            return Period(first: first, last: last, reportedElsewhere: Self.parties(in: elsewhere), quotedHere: Self.parties(in: group))
        }
    }

    private static func parties(in articles: [ReviewedArticle]) -> [Party] {
        let quoted = Set(articles.flatMap { $0.analysis.claims.map(\.party) })
        return Party.allCases.filter { $0 != .narrator && $0 != .other && quoted.contains($0) }
    }
}
