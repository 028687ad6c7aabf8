import NewsText
import Review

extension Runner {
    /// `counterclaim bias CORPUS`: the outlet bias report of every outlet in the articles.
    ///
    /// Broken articles are reported as `path:line: message` and left out; the rest are still
    /// read and the exit status is 1.
    func bias(_ options: BiasOptions, output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
        guard let extractor = extractor(lexicons: options.lexicons, errors: &errors) else { return Self.usageFailed }
        let (inputs, readProblems) = ArticleSource(readStandardInput: readStandardInput).inputs(for: options.paths)
        let corpus = CorpusAssembler.assemble(inputs)
        let problems = readProblems + corpus.problems
        for problem in problems { errors.write("\(problem)\n") }
        let reviewer = Reviewer(extractor: extractor)
        let bias = CorpusBias(corpus.articles.map(reviewer.review))
        switch options.format {
        case .markdown: output.write(BiasReport.markdown(bias))
        case .json: output.write(BiasJSON.render(bias))
        }
        return problems.isEmpty ? Self.success : Self.inputFailed
    }
}
