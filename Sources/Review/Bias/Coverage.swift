import ClaimEngine

/// The parties each outlet quotes, by day of publication: what `Omissions` compares an
/// outlet with, indexed once for the whole corpus.
package struct Coverage: Sendable {
    /// Day number → outlet → parties its articles of that day quote.
    private var byDay: [Int: [String: Set<Party>]] = [:]

    package init(_ articles: [BiasEvidence]) {
        for article in articles {
            guard let day = article.published?.dayNumber else { continue }
            byDay[day, default: [:]][article.outlet, default: []].formUnion(article.claims.map(\.party))
        }
    }

    /// The parties other outlets than `outlet` quote on these days, in DESIGN.md order.
    func parties(on days: ClosedRange<Int>, notBy outlet: String) -> [Party] {
        var quoted: Set<Party> = []
        for day in days {
            for (other, parties) in byDay[day] ?? [:] where other != outlet { quoted.formUnion(parties) }
        }
        return Self.named(quoted)
    }

    /// The named parties among these, in DESIGN.md order: narrator claims and unnamed "other"
    /// sources are not parties anyone can leave out.
    static func named(_ parties: Set<Party>) -> [Party] {
        Party.allCases.filter { $0 != .narrator && $0 != .other && parties.contains($0) }
    }
}
