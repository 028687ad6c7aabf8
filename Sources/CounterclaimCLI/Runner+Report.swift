import ClaimReports
import Reconciliation
import Review

extension Runner {
    /// `counterclaim report`: every page of the report, swapped into the folder at once.
    func report(_ options: ReportOptions, output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
        // Each article's attribution check page and bias evidence are made as it is read.
        guard
            let corpus = extractedCorpus(
                paths: options.paths, lexicons: options.lexicons, errors: &errors,
                keep: { reviewer, analysis in
                    let reviewed = reviewer.review(analysis)
                    let check = CheckMarkdown.render(AttributionCheck(reviewed), source: ArticleSource.portableName(of: reviewed.article.source))
                    return (id: reviewed.article.id, check: check, bias: BiasEvidence(reviewed))
                })
        else { return Self.usageFailed }
        guard !corpus.hadProblems else {
            errors.write(
                "counterclaim: report not written: fix the articles above, then run again; \(options.out) is unchanged\n")
            return Self.inputFailed
        }
        // The outlet bias page and each article's attribution check ride along with the report.
        var companions = CompanionPages(bias: BiasReport.markdown(CorpusBias(corpus.kept.map(\.bias))))
        for article in corpus.kept { companions.checks[article.id] = article.check }
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
