import ClaimEngine
import NewsText
import Writers

/// Claims as a Markdown table for a person: one section per article.
package enum ClaimTable {
    package static func markdown(_ claims: [Claim], article: Article) -> String {
        var writer = Writer(article: article)
        let rows = writer.rows(claims)
        return writer.heading + rows + writer.end()
    }

    /// An article's section written as its claims come — a long article's a section at a time
    /// (`Extractor.forEachSection`): `heading`, `rows` for each run of claims, then `end`.
    package struct Writer {
        let article: Article
        private var hasRows = false

        package init(article: Article) {
            self.article = article
        }

        /// The article's id, outlet and day.
        package var heading: String {
            "## \(Markdown.cell(article.id))\n\n\(Markdown.cell(article.outlet)), published \(article.published?.description ?? "(no date)")\n\n"
        }

        /// A row per claim, after the table's head before the first.
        package mutating func rows(_ claims: [Claim]) -> String {
            guard !claims.isEmpty else { return "" }
            var text = hasRows ? "" : "| # | party | mode | kind | values | date | sentence |\n|---|---|---|---|---|---|---|\n"
            hasRows = true
            for claim in claims {
                let cells = [
                    String(claim.number), claim.party.rawValue, claim.mode.rawValue, claim.kind.rawValue,
                    Markdown.cell(values(of: claim)), claim.date?.description ?? "", Markdown.cell(article.text(claim.sentence)),
                ]
                text += "| " + cells.joined(separator: " | ") + " |\n"
            }
            return text
        }

        /// A line saying there were no claims, if there were none.
        package func end() -> String { hasRows ? "" : "No claims found.\n" }
    }

    /// "azerbaijan → armenia", "armenia killed nearly 50", "agreed at 06:00Z".
    package static func values(of claim: Claim) -> String {
        var parts: [String] = []
        if claim.negated { parts.append("denied:") }
        switch claim.kind {
        case .attack:
            parts.append("\(claim.aggressor?.rawValue ?? "?") → \(claim.target?.rawValue ?? "?")")
        case .casualties, .territory:
            parts.append(claim.victim?.rawValue ?? "?")
            // "killed or missing 30": one figure for two outcomes is no one outcome's count.
            parts.append(([claim.outcome].compactMap { $0 } + claim.mergedOutcomes).map(\.rawValue).joined(separator: " or "))
            if let count = claim.count { parts.append(count.text) }
        case .ceasefire:
            parts.append(claim.status?.rawValue ?? "")
            if let time = claim.time { parts.append("at \(time)") }
        case .appeal:
            parts.append("restraint")
        }
        return parts.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
