import Pipeline
import Reconciliation
import Reports
import Review
import Writers

extension Runner {
    /// `counterclaim report`: every page of the report, swapped into the folder at once.
    ///
    /// Pages are written into the staging folder as they are made — each article's attribution
    /// check as the article is read, the rest after reconciliation — so the run holds the
    /// claims, not the pages.
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
        var writeFailure: ReportFolderError? = nil
        var checked: Set<String> = []
        // Each article's review and check page are made beside its extraction, across cores;
        // the pages are written in input order, and only the bias evidence is kept.
        let extractor = pipeline.extractor
        let extraction = CorpusExtraction { (made: ReviewedPage) in
            if writeFailure == nil {
                do throws(ReportFolderError) {
                    switch made.page {
                    case .sealed(let page): try staged.write(page)
                    case .streamed(let check, let source):
                        try staged.stream(ReportLinks.checkPath(made.id)) { CheckMarkdown.write(check, source: source, to: &$0) }
                    }
                    checked.insert(made.id)
                } catch {
                    writeFailure = error
                }
            }
            return made.evidence
        } read: { article in
            // A long article is read a section at a time (`ArticleReview`), and its check page is
            // made where it is written, into its file as it goes.
            let review = reviewer.review(article, extractor: extractor)
            let source = ArticleSource.portableName(of: article.source)
            let check = AttributionCheck(review)
            let page: CheckPage = check.isReadInSections ? .streamed(check, source: source)
                : .sealed(SealedPage(ReportPage(path: ReportLinks.checkPath(article.id), text: CheckMarkdown.render(check, source: source))))
            let evidence = BiasEvidence(review)
            return (evidence.claims, ReviewedPage(id: article.id, page: page, evidence: evidence))
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
                let bias = CorpusBias(corpus.kept, incidents: grouped.incidents)
                try staged.stream(ReportLinks.bias) { BiasReport.write(bias, to: &$0) }
            }
            corpus.kept = []
            let reconciled = pipeline.reconcile(corpus.articles, grouped: grouped)
            let site = ReportSite(reconciled, companions: CompanionPages(bias: true, checks: checked))
            // The pages are made across cores and written in order; an incident page too large
            // to hold is made where it is written, into its file as it goes.
            try ParallelMap.forEach(
                site.pageCount, weight: site.weight(ofPage:), weightPerBatch: ReportSite.weightPerBatch,
                { number in site.isStreamed(number) ? .streamed(number) : .sealed(SealedPage(site.page(number))) }
            ) { (made: MadePage) throws(ReportFolderError) in
                switch made {
                case .sealed(let page): try staged.write(page)
                case .streamed(let number): try staged.stream(site.path(ofPage: number)) { site.write(page: number, to: &$0) }
                }
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

/// What a worker makes of one article: its check page and its bias evidence.
private struct ReviewedPage: Sendable {
    let id: String
    let page: CheckPage
    let evidence: BiasEvidence
}

/// An article's check page as a worker hands it over: made and sealed, or, for a long
/// article, left to the writer to make into its file.
private enum CheckPage: Sendable {
    case sealed(SealedPage)
    case streamed(AttributionCheck, source: String)
}

/// A report page as a worker hands it over: made and sealed, or left to the writer to make
/// into its file as it writes (`ReportSite.isStreamed`).
private enum MadePage: Sendable {
    case sealed(SealedPage)
    case streamed(Int)
}
