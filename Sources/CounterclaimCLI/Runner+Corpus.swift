import ClaimEngine
import Foundation
import NewsText
import Pipeline
import Reconciliation

/// The articles of a command's paths with their claims, for the commands that look at a
/// whole corpus (`reconcile`, `report`, `bias`), and what else a command keeps of each.
struct ExtractedCorpus<Kept> {
    /// The articles that loaded, in path order, each with its claims.
    let articles: [ArticleClaims]
    /// What the command kept of each article's full reading, in the same order; a command
    /// may let it go once used.
    var kept: [Kept]
    /// Whether some path or article failed to load (each problem was printed).
    let hadProblems: Bool
}

extension Runner {
    /// Reads, parses and hands over the articles of the paths one at a time, so only one
    /// article's bytes and reading are held at once. A long run shows its progress on a
    /// terminal (`ProgressLine`). Each input that does not load is printed
    /// to `errors` as `path:line: message`, each warning as `path:line: warning: message`.
    /// Returns whether some input failed.
    ///
    /// Every command reads its inputs here (`check` one at a time through `readArticle`):
    /// articles with front matter and plain drafts alike (`ArticleNaming` says what a draft is
    /// called). `published` dates the inputs that carry no date.
    func forEachArticle(
        paths: [String], published: CalendarDate?, errors: inout some TextOutputStream, _ body: (Article) -> Void
    ) -> Bool {
        let (entries, pathProblems) = articleSource.entries(for: paths)
        for problem in pathProblems { errors.write("\(problem)\n") }
        var hadProblems = !pathProblems.isEmpty
        var assembler = CorpusAssembler()
        var progress = showsProgress ? ProgressLine(total: entries.count, clock: clock) : nil
        for (done, entry) in entries.enumerated() {
            progress?.update(done: done, to: &errors)
            var problems: [ArticleError] = []
            if let input = articleSource.read(entry, problems: &problems) {
                switch assembler.add(input) {
                case .success(let article):
                    if !article.warnings.isEmpty { progress?.clear(&errors) }
                    for warning in article.warnings { errors.write("\(warning)\n") }
                    body(article.published == nil ? published.map(article.published(on:)) ?? article : article)
                case .failure(let problem):
                    problems.append(problem)
                }
            }
            if !problems.isEmpty { progress?.clear(&errors) }
            for problem in problems { errors.write("\(problem)\n") }
            hadProblems = hadProblems || !problems.isEmpty
        }
        progress?.clear(&errors)
        return hadProblems
    }

    /// Every article read into `extraction` (`CorpusExtraction`: across cores, what it makes
    /// taken in input order), which is then finished. Problems go to `errors` as
    /// `path:line: message`.
    func extractedCorpus<Made: Sendable, Kept>(
        paths: [String], published: CalendarDate?, errors: inout some TextOutputStream, into extraction: CorpusExtraction<Made, Kept>
    ) -> ExtractedCorpus<Kept> {
        var extraction = extraction
        let hadProblems = forEachArticle(paths: paths, published: published, errors: &errors) { extraction.add($0) }
        let (articles, kept) = extraction.finish()
        return ExtractedCorpus(articles: articles, kept: kept, hadProblems: hadProblems)
    }

    /// One article for the commands that read one (`check`, `explain`): its warnings are
    /// printed to `errors`, and nil means it could not be read (the problem printed as
    /// `path:line: message`).
    func readArticle(_ path: String, published: CalendarDate?, errors: inout some TextOutputStream) -> Article? {
        do {
            let article = try readArticle(path, published: published)
            for warning in article.warnings { errors.write("\(warning)\n") }
            return article
        } catch {
            errors.write("\(error)\n")
            return nil
        }
    }

    /// One article file or draft, or standard input for `-`, read as `forEachArticle` reads
    /// each input; `published` replaces its date (an editor checking one text says when it runs).
    private func readArticle(_ path: String, published: CalendarDate?) throws(ArticleError) -> Article {
        if path != "-" {
            guard FileManager.default.fileExists(atPath: path) else {
                throw ArticleError(source: path, line: 0, message: "no such file")
            }
            guard !ArticleSource.isFolder(path) else {
                throw ArticleError(
                    source: path, line: 0, message: "a folder; check reads one article file (use bias or extract for a corpus)")
            }
        }
        var problems: [ArticleError] = []
        guard let input = articleSource.read(path == "-" ? .standardInput : .file(path), problems: &problems) else {
            throw problems.first ?? ArticleError(source: path, line: 0, message: "cannot read the input")
        }
        var assembler = CorpusAssembler()
        let article = try assembler.add(input).get()
        return published.map(article.published(on:)) ?? article
    }
}
