import Foundation
import NewsText
import Review

extension Runner {
    /// `counterclaim check ARTICLE|-`: the editor's attribution check of one article or draft.
    ///
    /// Exit status 0, or with `--strict` 1 when any flag is raised; 1 when the article cannot
    /// be read (reported as `path:line: message`); 2 on usage errors.
    func check(_ options: CheckOptions, output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
        guard let extractor = extractor(lexicons: options.lexicons, errors: &errors) else { return Self.usageFailed }
        let article: Article
        do {
            article = try readArticleOrDraft(options.path, published: options.published)
        } catch {
            errors.write("\(error)\n")
            return Self.inputFailed
        }
        for warning in article.warnings { errors.write("\(warning)\n") }
        let check = AttributionCheck(Reviewer(extractor: extractor).review(article))
        switch options.format {
        case .markdown: output.write(CheckMarkdown.render(check, for: .terminal))
        case .json: output.write(CheckJSON.render(check))
        case .lint: output.write(CheckLint.render(check))
        }
        return options.strict && check.flagCount > 0 ? Self.inputFailed : Self.success
    }

    /// One article file or draft, or standard input for `-`; `published` replaces its date.
    ///
    /// The id of a file read alone need not match its name: an editor's draft is not a corpus file.
    private func readArticleOrDraft(_ path: String, published: CalendarDate?) throws(ArticleError) -> Article {
        let bytes: [UInt8]
        var problems: [ArticleError] = []
        if path == "-" {
            guard let input = articleSource.standardInput(problems: &problems) else {
                throw problems.first ?? ArticleError(source: path, line: 0, message: "cannot read standard input")
            }
            bytes = input
        } else {
            guard FileManager.default.fileExists(atPath: path) else {
                throw ArticleError(source: path, line: 0, message: "no such file")
            }
            guard !ArticleSource.isFolder(path) else {
                throw ArticleError(
                    source: path, line: 0, message: "a folder; check reads one article file (use bias or extract for a corpus)")
            }
            guard let contents = articleSource.contents(of: path, problems: &problems) else {
                throw problems.first ?? ArticleError(source: path, line: 0, message: "cannot read the file")
            }
            bytes = contents
        }
        let article = try ArticleParser.parseArticleOrDraft(bytes, source: path, expectedID: nil)
        guard let published else { return article }
        return Article(
            id: article.id, outlet: article.outlet, published: published, url: article.url, source: article.source,
            body: article.body, bodyFirstLine: article.bodyFirstLine, warnings: article.warnings)
    }
}
