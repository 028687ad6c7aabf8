import NewsText
import Review

extension Runner {
    /// `counterclaim bias CORPUS`: the outlet bias report of every outlet in the articles.
    ///
    /// Broken articles are reported as `path:line: message` and left out; the rest are still
    /// read and the exit status is 1.
    func bias(_ options: BiasOptions, output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
        guard let extractor = extractor(lexicons: options.lexicons, errors: &errors) else { return Self.usageFailed }
        let loaded = loadArticles(paths: options.paths, errors: &errors)
        let reviewer = Reviewer(extractor: extractor)
        let bias = CorpusBias(loaded.articles.map(reviewer.review))
        switch options.format {
        case .markdown: output.write(BiasReport.markdown(bias))
        case .json: output.write(BiasJSON.render(bias))
        }
        return loaded.hadProblems ? Self.inputFailed : Self.success
    }
}
