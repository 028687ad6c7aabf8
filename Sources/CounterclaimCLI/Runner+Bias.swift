import NewsText
import Pipeline
import Reconciliation
import Reports
import Review

extension Runner {
    /// `counterclaim bias CORPUS`: the outlet bias report of every outlet in the articles.
    ///
    /// Broken articles are reported as `path:line: message` and left out; the rest are still
    /// read and the exit status is 1.
    func bias(_ options: BiasOptions, output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
        guard let pipeline = pipeline(lexicons: options.lexicons, errors: &errors) else { return Self.usageFailed }
        let reviewer = Reviewer(lexicon: pipeline.lexicon)
        // Each article's claims (for the incidents) and bias evidence are kept, never its reading
        // nor the sentences, which the bias page does not quote.
        let corpus = extractedCorpus(
            paths: options.paths, published: options.published, pipeline: pipeline, keepingSentences: false, errors: &errors
        ) { analysis in
            BiasEvidence(reviewer.review(analysis))
        } keep: { $0 }
        // The incidents are indexed and let go inside: bias keeps only what it compares.
        let bias = CorpusBias(corpus.kept, incidents: reviewer.grouper.group(corpus.articles).incidents)
        switch options.format {
        case .markdown: BiasReport.write(bias, to: &output)
        case .json: output.write(BiasJSON.render(bias))
        }
        return corpus.hadProblems ? Self.inputFailed : Self.success
    }
}
