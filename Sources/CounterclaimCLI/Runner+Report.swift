import ClaimReports
import Reconciliation
import Review

extension Runner {
    /// `counterclaim report`: every page of the report, swapped into the folder at once.
    func report(_ options: ReportOptions, output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
        guard let corpus = extractedCorpus(paths: options.paths, lexicons: options.lexicons, errors: &errors) else {
            return Self.usageFailed
        }
        guard !corpus.hadProblems else {
            errors.write(
                "counterclaim: report not written: fix the articles above, then run again; \(options.out) is unchanged\n")
            return Self.inputFailed
        }
        // The outlet bias page and each article's attribution check ride along with the report.
        let reviewer = Reviewer(extractor: corpus.extractor)
        let reviewed = corpus.analyses.map(reviewer.review)
        var companions = CompanionPages(bias: BiasReport.markdown(CorpusBias(reviewed)))
        for article in reviewed {
            companions.checks[article.article.id] = CheckMarkdown.render(
                AttributionCheck(article), source: ArticleSource.portableName(of: article.article.source))
        }
        let pages = ReportSite.pages(Reconciler(places: corpus.places).reconcile(corpus.articles), companions: companions)
        let leftovers: [String]
        do {
            leftovers = try ReportFolder(path: options.out).replace(with: pages)
        } catch {
            errors.write("counterclaim: \(error.description)\n")
            return Self.inputFailed
        }
        for folder in leftovers { output.write("removed \(folder), left beside \(options.out) by an interrupted run\n") }
        output.write("wrote \(pages.count) pages to \(options.out)\n")
        return Self.success
    }
}
