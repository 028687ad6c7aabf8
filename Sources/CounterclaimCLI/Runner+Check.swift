import NewsText
import Pipeline
import Reports
import Review

extension Runner {
    /// `counterclaim check ARTICLE|-`: the editor's attribution check of one article or draft.
    ///
    /// Exit status 0, or with `--strict` 1 when any flag is raised; 1 when the article cannot
    /// be read (reported as `path:line: message`); 2 on usage errors.
    func check(_ options: CheckOptions, output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
        guard let pipeline = pipeline(lexicons: options.lexicons, errors: &errors) else { return Self.usageFailed }
        guard let article = readArticle(options.path, published: options.published, errors: &errors) else { return Self.inputFailed }
        let check = AttributionCheck(Reviewer(lexicon: pipeline.lexicon).review(pipeline.analysis(of: article)))
        switch options.format {
        case .markdown: output.write(CheckMarkdown.render(check, for: .terminal))
        case .json: output.write(CheckJSON.render(check))
        case .lint: output.write(CheckLint.render(check))
        }
        return options.strict && check.flagCount > 0 ? Self.inputFailed : Self.success
    }
}
