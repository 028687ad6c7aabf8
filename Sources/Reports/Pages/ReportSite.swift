import Reconciliation
import Writers

/// Every page of a report, built from a reconciled corpus: the index, one page per incident
/// and one per article, linking to the companion pages (outlet bias, attribution checks) the
/// caller writes. A pure function: the same corpus gives the same pages, byte for byte — no
/// timestamps, no hash order.
///
/// Pages are numbered — the index, then the incidents, then the articles — and each is made
/// on its own from the corpus, so a caller can make them on several cores and write them in
/// number order.
package struct ReportSite: Sendable {
    private let corpus: ReconciledCorpus
    private let companions: CompanionPages
    private let claimIncidents: ClaimIncidents
    private let titles: [String: String]

    package init(_ corpus: ReconciledCorpus, companions: CompanionPages = .none) {
        self.corpus = corpus
        self.companions = companions
        self.claimIncidents = corpus.claimIncidents()
        self.titles = Dictionary(uniqueKeysWithValues: corpus.incidents.map { ($0.id, $0.title) })
    }

    package var pageCount: Int { 1 + corpus.incidents.count + corpus.articles.count }

    /// What page `number` shows.
    private enum Content {
        case index
        case incident(Incident)
        case article(ArticleClaims)
    }

    private func content(ofPage number: Int) -> Content {
        if number == 0 { return .index }
        let incident = number - 1
        if incident < corpus.incidents.count { return .incident(corpus.incidents[incident]) }
        return .article(corpus.articles[incident - corpus.incidents.count])
    }

    /// Page `number`, counted from 0 in `0..<pageCount`.
    package func page(_ number: Int) -> ReportPage {
        switch content(ofPage: number) {
        case .index: IndexPage.page(corpus, claimIncidents: claimIncidents, companions: companions)
        case .incident(let incident): IncidentPage.page(incident)
        case .article(let article): ArticlePage.page(article, claimIncidents: claimIncidents, titles: titles)
        }
    }

    /// About how much work page `number` is, in claims shown: an incident's page grows with
    /// its claims (some 600 bytes each), so a caller making pages in batches can give each
    /// batch about even work (`ParallelMap.forEach`).
    package func weight(ofPage number: Int) -> Int {
        switch content(ofPage: number) {
        case .index: corpus.incidents.count + corpus.articles.count
        case .incident(let incident): incident.claims.count
        case .article(let article): article.claims.count
        }
    }

    /// How many claims' worth of pages a batch of `ParallelMap.forEach` is given: batches of
    /// about even work, some 600 KB of pages, each written as it is made.
    package static let weightPerBatch = 1024

    /// Where page `number` goes in the report folder.
    package func path(ofPage number: Int) -> String {
        switch content(ofPage: number) {
        case .index: ReportLinks.index
        case .incident(let incident): ReportLinks.incidentPath(incident.id)
        case .article(let article): ReportLinks.articlePath(article.article.id)
        }
    }

    /// Page `number` line by line as it is made: the page `page(number)` makes whole.
    package func write(page number: Int, to sink: inout some LineSink) {
        switch content(ofPage: number) {
        case .index: IndexPage.write(corpus, claimIncidents: claimIncidents, companions: companions, to: &sink)
        case .incident(let incident): IncidentPage.write(incident, to: &sink)
        case .article(let article): ArticlePage.write(article, claimIncidents: claimIncidents, titles: titles, to: &sink)
        }
    }

    /// The pages in path order.
    package static func pages(_ corpus: ReconciledCorpus, companions: CompanionPages = .none) -> [ReportPage] {
        let site = ReportSite(corpus, companions: companions)
        return (0..<site.pageCount).map(site.page).sorted { $0.path < $1.path }
    }
}
