import Reconciliation

/// Every page of a report, built from a reconciled corpus: the index, one page per incident
/// and one per article, linking to the companion pages (outlet bias, attribution checks) the
/// caller writes. A pure function: the same corpus gives the same pages, byte for byte — no
/// timestamps, no hash order.
package enum ReportSite {
    /// Makes the pages one at a time and hands each to `body`, so a caller that writes them
    /// out holds one page, not the report.
    package static func forEachPage<Failure: Error>(
        _ corpus: ReconciledCorpus, companions: CompanionPages = .none, _ body: (ReportPage) throws(Failure) -> Void
    ) throws(Failure) {
        let claimIncidents = corpus.claimIncidents()
        let titles = Dictionary(uniqueKeysWithValues: corpus.incidents.map { ($0.id, $0.title) })
        try body(IndexPage.page(corpus, claimIncidents: claimIncidents, companions: companions))
        for incident in corpus.incidents { try body(IncidentPage.page(incident)) }
        for article in corpus.articles { try body(ArticlePage.page(article, claimIncidents: claimIncidents, titles: titles)) }
    }

    /// The pages in path order.
    package static func pages(_ corpus: ReconciledCorpus, companions: CompanionPages = .none) -> [ReportPage] {
        var pages: [ReportPage] = []
        forEachPage(corpus, companions: companions) { pages.append($0) }
        return pages.sorted { $0.path < $1.path }
    }
}
