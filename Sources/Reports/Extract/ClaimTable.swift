import ClaimEngine
import NewsText
import Writers

/// Claims as a Markdown table for a person: one section per article.
package enum ClaimTable {
    package static func markdown(_ claims: [Claim], article: Article) -> String {
        var lines = ["## \(Markdown.cell(article.id))", "", "\(Markdown.cell(article.outlet)), published \(article.published?.description ?? "(no date)")", ""]
        guard !claims.isEmpty else { return (lines + ["No claims found.", ""]).joined(separator: "\n") }
        lines.append("| # | party | mode | kind | values | date | sentence |")
        lines.append("|---|---|---|---|---|---|---|")
        for claim in claims {
            let cells = [
                String(claim.number), claim.party.rawValue, claim.mode.rawValue, claim.kind.rawValue,
                Markdown.cell(values(of: claim)), claim.date?.description ?? "", Markdown.cell(article.text(claim.sentence)),
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        lines.append("")
        return lines.joined(separator: "\n")
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
