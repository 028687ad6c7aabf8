import NewsText
import Review

extension Runner {
    /// `counterclaim bias CORPUS`: the outlet bias report of every outlet in the articles.
    ///
    /// Broken articles are reported as `path:line: message` and left out; the rest are still
    /// read and the exit status is 1.
    func bias(_ options: BiasOptions, output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
        guard let extractor = extractor(lexicons: options.lexicons, errors: &errors) else { return Self.usageFailed }
        // Only each article's evidence is kept: bias needs no incidents, so no claims.
        let reviewer = Reviewer(extractor: extractor)
        var evidence: [BiasEvidence] = []
        let hadProblems = forEachArticle(paths: options.paths, errors: &errors) { article in
            evidence.append(BiasEvidence(reviewer.review(extractor.analysis(of: article))))
        }
        let bias = CorpusBias(evidence)
        switch options.format {
        case .markdown: output.write(BiasReport.markdown(bias))
        case .json: output.write(BiasJSON.render(bias))
        }
        return hadProblems ? Self.inputFailed : Self.success
    }
}
