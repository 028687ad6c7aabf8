import ClaimEngine
import NewsText
import Pipeline
import Reports
import Writers

extension Runner {
    /// `counterclaim explain ARTICLE|-`: how the extractor read each sentence of one article.
    ///
    /// Exit status 0; 1 when the article cannot be read or has no sentence `--sentence`
    /// names; 2 on usage errors. A long article is read a section at a time: once to count
    /// its sentences and claims, then again as its page is written.
    func explain(_ options: ExplainOptions, output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
        guard let pipeline = pipeline(lexicons: options.lexicons, errors: &errors) else { return Self.usageFailed }
        guard let article = readArticle(options.path, published: options.published, errors: &errors) else { return Self.inputFailed }
        let extractor = pipeline.extractor
        var (sentences, claims, sectionCount) = (0, 0, 0)
        // An article of one section — one of a usual length — is read once and kept.
        var only: ArticleAnalysis?
        extractor.forEachSection(of: article) { analysis in
            sentences += analysis.document.sentences.count
            claims += analysis.claims.count
            sectionCount += 1
            only = sectionCount == 1 ? analysis : nil
        }
        if let sentence = options.sentence, sentence > sentences {
            errors.write("\(article.source): no sentence \(sentence): the article has \(sentences) sentence\(sentences == 1 ? "" : "s")\n")
            return Self.inputFailed
        }
        var lines = StreamedLines(output)
        ExplainMarkdown.write(
            article, sentences: sentences, claims: claims, outletVoice: extractor.outletVoice(article.outlet), sentence: options.sentence,
            sections: { body in
                if let only { body(only) } else { extractor.forEachSection(of: article, body) }
            }, to: &lines)
        output = lines.output
        return Self.success
    }
}
