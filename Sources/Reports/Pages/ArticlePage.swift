import NewsText
import Reconciliation
import Writers

/// `articles/<id>.md`: one article's claims with their attribution — who said it, in what
/// words, how — and the incident each belongs to.
package enum ArticlePage {
    package static func page(_ input: ArticleClaims, claimIncidents: ClaimIncidents, titles: [String: String]) -> ReportPage {
        var lines: [String] = []
        write(input, claimIncidents: claimIncidents, titles: titles, to: &lines)
        return ReportPage(path: ReportLinks.articlePath(input.article.id), text: lines.joinedAsLines())
    }

    /// The page's lines as they are made, a claim's row at a time: a long article's page is
    /// written into its file without being held.
    package static func write(
        _ input: ArticleClaims, claimIncidents: ClaimIncidents, titles: [String: String], to lines: inout some LineSink
    ) {
        let article = input.article
        lines.lines(["# \(Markdown.inline(article.outlet)): \(article.id)", ""])
        var facts = ["published \(article.published?.description ?? "(no date)")"]
        if let url = safeURL(article.url) { facts.append("<\(url)>") }
        lines.line(facts.joined(separator: " · ") + " · [all incidents](../\(ReportLinks.index))")
        lines.line("")
        let incidents = Set(input.claims.compactMap { claimIncidents.id(of: $0, in: article.id) }).sorted()
        for id in incidents {
            lines.line("- Incident: [\(Markdown.inline(titles[id] ?? id))](../\(ReportLinks.incidentPath(id)))")
        }
        if !incidents.isEmpty { lines.line("") }
        guard !input.claims.isEmpty else {
            lines.lines(["No claims found.", ""])
            return
        }
        lines.line("| # | party | speaker | mode | verb | kind | says | date | incident | sentence |")
        lines.line("|---|---|---|---|---|---|---|---|---|---|")
        for claim in input.claims {
            let incident = claimIncidents.id(of: claim, in: article.id).map { "[\($0)](../\(ReportLinks.incidentPath($0)))" } ?? "background"
            let cells = [
                String(claim.number), claim.party.displayName, Markdown.cell(article.speaker(of: claim) ?? ""), claim.mode.rawValue,
                Markdown.cell(article.verb(of: claim) ?? ""), claim.kind.rawValue, Markdown.cell(ClaimTable.values(of: claim)),
                claim.date?.description ?? "", incident, Markdown.cell(article.sentence(of: claim)),
            ]
            lines.line("| " + cells.joined(separator: " | ") + " |")
        }
        lines.line("")
        lines.line(
            "A claim marked *background* recalls an earlier event (it is dated long before the article) and belongs to no incident."
        )
        lines.line("")
    }

    /// The URL when it is a plain http(s) address that cannot break out of `<…>`; else nil,
    /// and the page shows no link.
    private static func safeURL(_ url: String) -> String? {
        guard url.hasPrefix("https://") || url.hasPrefix("http://") else { return nil }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#@!$&'*+,;=%".utf8)
        return url.utf8.allSatisfy(allowed.contains) ? url : nil
    }
}
