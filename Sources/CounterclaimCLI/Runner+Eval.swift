import Evaluation
import Foundation
import NewsText
import Pipeline
import Reports
import Writers

extension Runner {
    /// `counterclaim eval CORPUS`: extraction scored against the corpus's gold labels, and
    /// with `--baseline`, the regression gate.
    ///
    /// Broken articles and invalid label files are reported and their documents left out; the
    /// rest are still scored, and the exit status is 1. A headline score more than 0.01 below
    /// the baseline is reported on stderr and the exit status is 1.
    func eval(_ options: EvalOptions, output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
        guard let pipeline = pipeline(lexicons: options.lexicons, errors: &errors) else { return Self.usageFailed }
        // Read the baseline before scoring, so that a wrong path fails at once.
        var baseline: (file: String, scores: Baseline)?
        if let file = options.baseline {
            do {
                baseline = (file, try readBaseline(file))
            } catch {
                errors.write("\(error)\n")
                return Self.inputFailed
            }
        }
        let files: (articles: [CorpusAssembler.Input], labels: [LabelledCorpus.LabelInput], problems: [ArticleError])
        do {
            files = try CorpusFolder(path: options.corpus, source: articleSource).read()
        } catch {
            errors.write("\(error)\n")
            return Self.inputFailed
        }
        let corpus = LabelledCorpus(articles: files.articles, labels: files.labels)
        for problem in files.problems + corpus.articleProblems { errors.write("\(problem)\n") }
        for problem in corpus.labelProblems { errors.write("\(problem)\n") }
        for warning in corpus.articleWarnings { errors.write("\(warning)\n") }
        var status = files.problems.isEmpty && corpus.isClean ? Self.success : Self.inputFailed

        let findingsFile = (options.corpus as NSString).appendingPathComponent("findings.json")
        var findings: GoldFindings?
        if let data = FileManager.default.contents(atPath: findingsFile) {
            do {
                findings = try GoldFindings.decode(data, file: findingsFile)
            } catch {
                errors.write("\(error)\n")
                status = Self.inputFailed
            }
        }
        // Each article is read once for both scores: its claims are matched to its gold labels
        // (labelled articles) and reconciled (every article, when there are gold findings).
        let articles = findings == nil ? corpus.documents.map(\.article) : CorpusAssembler.assemble(files.articles).articles
        let labels = Dictionary(corpus.documents.map { ($0.article.id, $0.gold) }) { first, _ in first }
        var extraction = CorpusExtraction(pipeline: pipeline) { analysis in
            labels[analysis.article.id].map { ClaimMatcher.match(gold: $0, in: analysis) }
        }
        for article in articles { extraction.add(article) }
        let (read, matches) = extraction.finish()
        let matched = Dictionary(zip(articles, matches).compactMap { article, match in match.map { (article.id, $0) } }) { first, _ in first }
        var scorecard = Scorecard(
            documents: corpus.documents.map { document in
                matched[document.article.id] ?? ClaimMatcher.match(gold: document.gold, in: pipeline.analysis(of: document.article))
            })
        if let findings {
            let incidents = pipeline.reconcile(read).incidents
            let (score, problems) = FindingsScore.evaluate(incidents: incidents, labels: corpus, gold: findings)
            for problem in problems { errors.write("\(problem)\n") }
            if !problems.isEmpty { status = Self.inputFailed }
            scorecard.findings = score
            scorecard.findingsFile = findingsFile
        }
        switch options.format {
        case .markdown: output.write(ScorecardMarkdown.render(scorecard))
        case .json: output.write(ScorecardJSON.render(scorecard))
        }

        if let (file, scores) = baseline {
            let comparison = scores.compare(with: scorecard)
            let tolerance = FixedPoint.text(units: Baseline.toleranceUnits, places: HeadlineScore.places)
            for change in comparison.regressions {
                errors.write("\(file): \(change); the gate allows a drop of \(tolerance)\n")
            }
            if !comparison.passes {
                errors.write(
                    "\(file): extraction got worse than the baseline; fix the change that caused it"
                        + " (the baseline is only ever raised, never lowered to pass)\n")
                status = Self.inputFailed
            }
            for change in comparison.improvements {
                errors.write(
                    "\(file): note: \(change); to keep the gain, raise the baseline in its own commit:"
                        + " counterclaim eval \(options.corpus) --format json > \(file)\n")
            }
        }
        return status
    }

    private func readBaseline(_ file: String) throws(BaselineError) -> Baseline {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw BaselineError(
                file: file,
                message: "cannot read the baseline file; write one with `counterclaim eval CORPUS --format json > \(file)`")
        }
        return try Baseline(json: [UInt8](data), file: file)
    }
}
