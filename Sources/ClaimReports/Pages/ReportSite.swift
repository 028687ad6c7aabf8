import Reconciliation

/// Every page of a report, built from a reconciled corpus: the index, one page per incident
/// and one per article, and the companion pages (outlet bias, attribution checks) it links
/// to. A pure function: the same corpus gives the same pages, byte for byte, in path order —
/// no timestamps, no hash order.
package enum ReportSite {
    package static func pages(_ corpus: ReconciledCorpus, companions: CompanionPages = .none) -> [ReportPage] {
        let incidentOfClaim = corpus.incidentOfClaim
        let titles = Dictionary(uniqueKeysWithValues: corpus.incidents.map { ($0.id, $0.title) })
        var pages = [IndexPage.page(corpus, companions: companions)] + companions.pages
        pages += corpus.incidents.map(IncidentPage.page)
        pages += corpus.articles.map { ArticlePage.page($0, incidentOfClaim: incidentOfClaim, titles: titles) }
        return pages.sorted { $0.path < $1.path }
    }
}
