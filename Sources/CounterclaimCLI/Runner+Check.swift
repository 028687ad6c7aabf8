import NewsText
import Pipeline
import Reports
import Review
import Writers

extension Runner {
    /// `counterclaim check ARTICLE|-`: the editor's attribution check of one article or draft.
    ///
    /// Exit status 0, or with `--strict` 1 when any flag is raised; 1 when the article cannot
    /// be read (reported as `path:line: message`); 2 on usage errors. A long article is read a
    /// section at a time and its check written as it is made, so it is never held whole.
    func check(_ options: CheckOptions, output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
        guard let pipeline = pipeline(lexicons: options.lexicons, errors: &errors) else { return Self.usageFailed }
        guard let article = readArticle(options.path, published: options.published, errors: &errors) else { return Self.inputFailed }
        let check = AttributionCheck(Reviewer(lexicon: pipeline.lexicon).review(article, extractor: pipeline.extractor))
        switch options.format {
        case .markdown:
            var lines = StreamedLines(output)
            CheckMarkdown.write(check, for: .terminal, to: &lines)
            output = lines.output
        case .json: CheckJSON.write(check, to: &output)
        case .lint: CheckLint.write(check, to: &output)
        }
        return options.strict && check.flagCount > 0 ? Self.inputFailed : Self.success
    }
}
