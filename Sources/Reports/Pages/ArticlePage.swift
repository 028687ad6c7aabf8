import NewsText
import Reconciliation
import Writers

/// `articles/<id>.md`: one article's claims with their attribution — who said it, in what
/// words, how — and the incident each belongs to.
package enum ArticlePage {
    package static func page(_ input: ArticleClaims, claimIncidents: ClaimIncidents, titles: [String: String]) -> ReportPage {
        let article = input.article
        var lines = ["# \(Markdown.inline(article.outlet)): \(article.id)", ""]
        var facts = ["published \(article.published?.description ?? "(no date)")"]
        if let url = safeURL(article.url) { facts.append("<\(url)>") }
        lines.append(facts.joined(separator: " · ") + " · [all incidents](../\(ReportLinks.index))")
        lines.append("")
        let incidents = Set(input.claims.compactMap(claimIncidents.id(of:))).sorted()
        for id in incidents {
            lines.append("- Incident: [\(Markdown.inline(titles[id] ?? id))](../\(ReportLinks.incidentPath(id)))")
        }
        if !incidents.isEmpty { lines.append("") }
        guard !input.claims.isEmpty else {
            return ReportPage(
                path: ReportLinks.articlePath(article.id), text: (lines + ["No claims found.", ""]).joinedAsLines())
        }
        lines.append("| # | party | speaker | mode | verb | kind | says | date | incident | sentence |")
        lines.append("|---|---|---|---|---|---|---|---|---|---|")
        for claim in input.claims {
            let incident = claimIncidents.id(of: claim).map { "[\($0)](../\(ReportLinks.incidentPath($0)))" } ?? "background"
            let cells = [
                String(claim.number), claim.party.displayName, Markdown.cell(claim.speaker ?? ""), claim.mode.rawValue,
                Markdown.cell(claim.verb ?? ""), claim.kind.rawValue, Markdown.cell(ClaimTable.values(of: claim)),
                claim.date?.description ?? "", incident, Markdown.cell(article.sentence(of: claim)),
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        lines.append("")
        lines.append(
            "A claim marked *background* recalls an earlier event (it is dated long before the article) and belongs to no incident."
        )
        lines.append("")
        return ReportPage(path: ReportLinks.articlePath(article.id), text: lines.joinedAsLines())
    }

    /// The URL when it is a plain http(s) address that cannot break out of `<…>`; else nil,
    /// and the page shows no link.
    private static func safeURL(_ url: String) -> String? {
        guard url.hasPrefix("https://") || url.hasPrefix("http://") else { return nil }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#@!$&'*+,;=%".utf8)
        return url.utf8.allSatisfy(allowed.contains) ? url : nil
    }
}
