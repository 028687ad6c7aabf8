import Reconciliation
import Writers

/// `README.md`: the corpus at a glance — its incidents, the findings by kind and relation,
/// the most disputed points, and a link to every page.
package enum IndexPage {
    /// How many disputed points the index lists.
    package static let disputedPoints = 10

    package static func page(_ corpus: ReconciledCorpus, claimIncidents: ClaimIncidents, companions: CompanionPages = .none) -> ReportPage {
        var lines: [String] = []
        write(corpus, claimIncidents: claimIncidents, companions: companions, to: &lines)
        return ReportPage(path: ReportLinks.index, text: lines.joinedAsLines())
    }

    /// The page's lines as they are made: it has a row for every incident and every article
    /// of the corpus, so it is written a row at a time, never held whole.
    package static func write(
        _ corpus: ReconciledCorpus, claimIncidents: ClaimIncidents, companions: CompanionPages = .none, to sink: inout some LineSink
    ) {
        let claims = corpus.articles.reduce(0) { $0 + $1.claims.count }
        let outlets = Set(corpus.articles.map(\.article.outlet)).count
        sink.lines(["# Counterclaim report", ""])
        sink.line(
            "\(Wording.counted(corpus.articles.count, "article")) from \(Wording.counted(outlets, "outlet")),"
                + " \(Wording.counted(claims, "claim")), grouped into \(Wording.counted(corpus.incidents.count, "incident"));"
                + (corpus.background.count == 1
                    ? " 1 claim recalls an earlier event and belongs to no incident."
                    : " \(corpus.background.count) claims recall earlier events and belong to no incident."))
        sink.line("")
        writeIncidents(corpus, to: &sink)
        sink.lines(findingCounts(corpus))
        sink.lines(mostDisputedLines(corpus))
        if companions.bias {
            sink.lines([
                "## Outlets", "",
                "[Outlet bias](\(ReportLinks.bias)): whose claims each outlet reports, whose account its own voice adopts,"
                    + " the verbs and loaded words it uses, and whom it leaves out.", "",
            ])
        }
        writeArticles(corpus, claimIncidents: claimIncidents, checks: companions.checks, to: &sink)
    }

    private static func writeIncidents(_ corpus: ReconciledCorpus, to sink: inout some LineSink) {
        sink.lines(["## Incidents", ""])
        let relations = Relation.allCases
        sink.line("| incident | articles | claims | " + relations.map { "\($0.rawValue)s" }.joined(separator: " | ") + " |")
        sink.line("|---|---|---|" + String(repeating: "---|", count: relations.count))
        for incident in corpus.incidents {
            let counts = relations.map { relation in String(incident.findings.filter { $0.relation == relation }.count) }
            let link = "[\(Markdown.inline(incident.title))](\(ReportLinks.incidentPath(incident.id)))"
            let cells = [link, String(incident.documents.count), String(incident.claims.count)] + counts
            sink.line("| " + cells.joined(separator: " | ") + " |")
        }
        sink.line("")
    }

    private static func findingCounts(_ corpus: ReconciledCorpus) -> [String] {
        var lines = ["## Findings by kind", ""]
        lines.append("| kind | " + Relation.allCases.map(\.rawValue).joined(separator: " | ") + " |")
        lines.append("|---|" + String(repeating: "---|", count: Relation.allCases.count))
        for kind in FindingKind.allCases {
            let counts = Relation.allCases.map { String(corpus.count($0, kind)) }
            lines.append("| \(kind.rawValue) | " + counts.joined(separator: " | ") + " |")
        }
        lines.append("")
        lines.append(
            "A **contradiction** cannot be true on both sides; a **revision** is a party changing its own figure over time;"
                + " an **omission** is a party speaking of its own losses without a number; an **agreement** is where the"
                + " sides say the same thing.")
        return lines + [""]
    }

    private static func mostDisputedLines(_ corpus: ReconciledCorpus) -> [String] {
        var lines = ["## Most disputed points", ""]
        let points = DisputedPoint.ranked(corpus, limit: disputedPoints)
        guard !points.isEmpty else { return lines + ["No contradictions found.", ""] }
        for (number, point) in points.enumerated() {
            let anchor = ReportLinks.anchor(FindingSection.heading(point.finding))
            let link = "[\(Markdown.inline(point.incident.title))](\(ReportLinks.incidentPath(point.incident.id))#\(anchor))"
            lines.append("\(number + 1). \(link): \(Markdown.inline(point.finding.summary))")
            let source = [point.quote.outlet, point.quote.published?.description ?? "undated"].joined(separator: ", ")
            lines.append("   \(Markdown.blockquote(point.quote.sentence)) — \(Markdown.inline(source))")
        }
        return lines + [""]
    }

    private static func writeArticles(
        _ corpus: ReconciledCorpus, claimIncidents: ClaimIncidents, checks: Set<String>, to sink: inout some LineSink
    ) {
        sink.lines(["## Articles", ""])
        let checked = !checks.isEmpty
        sink.line("| article | outlet | published | claims | incidents |" + (checked ? " attribution check |" : ""))
        sink.line("|---|---|---|---|---|" + (checked ? "---|" : ""))
        for input in corpus.articles {
            let article = input.article
            let incidents = Set(input.claims.compactMap { claimIncidents.id(of: $0, in: article.id) }).sorted()
                .map { "[\($0)](\(ReportLinks.incidentPath($0)))" }
            let cells = [
                "[\(article.id)](\(ReportLinks.articlePath(article.id)))", Markdown.cell(article.outlet),
                article.published?.description ?? "", String(input.claims.count), incidents.joined(separator: ", "),
            ] + (checked ? [!checks.contains(article.id) ? "" : "[check](\(ReportLinks.checkPath(article.id)))"] : [])
            sink.line("| " + cells.joined(separator: " | ") + " |")
        }
        sink.line("")
    }
}
