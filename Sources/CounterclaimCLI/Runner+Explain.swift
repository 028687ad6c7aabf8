import NewsText
import Pipeline
import Reports

extension Runner {
    /// `counterclaim explain ARTICLE|-`: how the extractor read each sentence of one article.
    ///
    /// Exit status 0; 1 when the article cannot be read or has no sentence `--sentence`
    /// names; 2 on usage errors.
    func explain(_ options: ExplainOptions, output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
        guard let pipeline = pipeline(lexicons: options.lexicons, errors: &errors) else { return Self.usageFailed }
        guard let article = readArticle(options.path, published: options.published, errors: &errors) else { return Self.inputFailed }
        let analysis = pipeline.analysis(of: article)
        if let sentence = options.sentence, sentence > analysis.document.sentences.count {
            let count = analysis.document.sentences.count
            errors.write("\(article.source): no sentence \(sentence): the article has \(count) sentence\(count == 1 ? "" : "s")\n")
            return Self.inputFailed
        }
        output.write(ExplainMarkdown.render(analysis, sentence: options.sentence))
        return Self.success
    }
}
