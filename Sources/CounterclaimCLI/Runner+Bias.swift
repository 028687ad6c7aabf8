import NewsText
import Review

extension Runner {
    /// `counterclaim bias CORPUS`: the outlet bias report of every outlet in the articles.
    ///
    /// Broken articles are reported as `path:line: message` and left out; the rest are still
    /// read and the exit status is 1.
    func bias(_ options: BiasOptions, output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
        guard
            let corpus = extractedCorpus(
                paths: options.paths, lexicons: options.lexicons, errors: &errors,
                keep: { reviewer, analysis in BiasEvidence(reviewer.review(analysis)) })
        else { return Self.usageFailed }
        let bias = CorpusBias(corpus.kept)
        switch options.format {
        case .markdown: output.write(BiasReport.markdown(bias))
        case .json: output.write(BiasJSON.render(bias))
        }
        return corpus.hadProblems ? Self.inputFailed : Self.success
    }
}
