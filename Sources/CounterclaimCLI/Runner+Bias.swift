import NewsText
import Pipeline
import Reconciliation
import Reports
import Review
import Writers

extension Runner {
    /// `counterclaim bias CORPUS`: the outlet bias report of every outlet in the articles.
    ///
    /// Broken articles are reported as `path:line: message` and left out; the rest are still
    /// read and the exit status is 1.
    func bias(_ options: BiasOptions, output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
        guard let pipeline = pipeline(lexicons: options.lexicons, errors: &errors) else { return Self.usageFailed }
        let reviewer = Reviewer(lexicon: pipeline.lexicon)
        // Each article's claims (for the incidents) and bias evidence are kept, never its reading
        // nor the sentences, which the bias page does not quote. A long article is read a section
        // at a time (`ArticleReview`).
        let extractor = pipeline.extractor
        let extraction = CorpusExtraction(keepingSentences: false, keep: { $0 }) { article in
            let evidence = reviewer.biasEvidence(article, extractor: extractor)
            return (evidence.claims, evidence)
        }
        let corpus = extractedCorpus(paths: options.paths, published: options.published, errors: &errors, into: extraction)
        // The incidents are indexed and let go inside: bias keeps only what it compares.
        let bias = CorpusBias(corpus.kept, incidents: reviewer.grouper.group(corpus.articles).incidents, stateMedia: reviewer.stateMedia)
        switch options.format {
        case .markdown:
            var lines = StreamedLines(output)
            BiasReport.write(bias, to: &lines)
            output = lines.output
        case .json: output.write(BiasJSON.render(bias))
        }
        return corpus.hadProblems ? Self.inputFailed : Self.success
    }
}
