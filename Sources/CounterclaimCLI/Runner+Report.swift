import Pipeline
import Reconciliation
import Reports
import Review
import Writers

extension Runner {
    /// `counterclaim report`: every page of the report, swapped into the folder at once.
    ///
    /// Each page is written into the staging folder by the core that makes it, as it is made —
    /// each article's attribution check as the article is read, the rest after reconciliation
    /// — so the run holds the claims, not the pages.
    func report(_ options: ReportOptions, output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
        guard let pipeline = pipeline(lexicons: options.lexicons, errors: &errors) else { return Self.usageFailed }
        let reviewer = Reviewer(lexicon: pipeline.lexicon)
        var staged: StagedReport
        do {
            staged = try ReportFolder(path: options.out).stage()
        } catch {
            errors.write("counterclaim: \(error.description)\n")
            return Self.inputFailed
        }
        let writer = staged.writer
        var writeFailure: ReportFolderError? = nil
        var checked: Set<String> = []
        // Each article's review and check page are made beside its extraction, across cores,
        // the page written by the core that made it; the pages are recorded in input order,
        // and only the bias evidence is kept.
        let extractor = pipeline.extractor
        let extraction = CorpusExtraction { (made: ReviewedPage) in
            switch made.check {
            case .success(let page):
                staged.record(page)
                checked.insert(made.id)
            case .failure(let error):
                if writeFailure == nil { writeFailure = error }
            }
            return made.evidence
        } read: { article in
            // A long article is read a section at a time (`ArticleReview`), and its check page
            // is written as it is made.
            let review = reviewer.review(article, extractor: extractor)
            let source = ArticleSource.portableName(of: article.source)
            let check = AttributionCheck(review)
            let page = Result { () throws(ReportFolderError) in
                try writer.write(ReportLinks.checkPath(article.id), lines: { CheckMarkdown.write(check, source: source, to: &$0) })
            }
            let evidence = BiasEvidence(review)
            return (evidence.claims, ReviewedPage(id: article.id, check: page, evidence: evidence))
        }
        var corpus = extractedCorpus(paths: options.paths, published: options.published, errors: &errors, into: extraction)
        guard !corpus.hadProblems else {
            staged.discard()
            errors.write(
                "counterclaim: report not written: fix the articles above, then run again; \(options.out) is unchanged\n")
            return Self.inputFailed
        }
        let leftovers: [String]
        do throws(ReportFolderError) {
            if let writeFailure { throw writeFailure }
            // The bias page first, from the incidents alone (the findings do not change it), so
            // its evidence is let go before the findings and the other pages are made.
            let grouped = pipeline.reconciler.grouper.group(corpus.articles)
            do {
                let bias = CorpusBias(corpus.kept, incidents: grouped.incidents, stateMedia: reviewer.stateMedia)
                staged.record(try writer.write(ReportLinks.bias, lines: { BiasReport.write(bias, to: &$0) }))
            }
            corpus.kept = []
            let reconciled = pipeline.reconcile(corpus.articles, grouped: grouped)
            let site = ReportSite(reconciled, companions: CompanionPages(bias: true, checks: checked))
            // The pages are made and written across cores, and recorded in order.
            try ParallelMap.forEach(
                site.pageCount, weight: site.weight(ofPage:), weightPerBatch: ReportSite.weightPerBatch,
                { number in
                    Result { () throws(ReportFolderError) in
                        try writer.write(site.path(ofPage: number), lines: { site.write(page: number, to: &$0) })
                    }
                }
            ) { (written: Result<PageWriter.Written, ReportFolderError>) throws(ReportFolderError) in
                staged.record(try written.get())
            }
            leftovers = try staged.commit()
        } catch {
            staged.discard()
            errors.write("counterclaim: \(error.description)\n")
            return Self.inputFailed
        }
        for folder in leftovers { output.write("removed \(folder), left beside \(options.out) by an interrupted run\n") }
        output.write("wrote \(staged.digests.count) pages to \(options.out)\n")
        return Self.success
    }
}

/// What a worker makes of one article: its check page, written, and its bias evidence.
private struct ReviewedPage: Sendable {
    let id: String
    let check: Result<PageWriter.Written, ReportFolderError>
    let evidence: BiasEvidence
}
