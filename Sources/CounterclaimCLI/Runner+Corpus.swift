import ClaimEngine
import NewsText
import Reconciliation

/// The articles of a command's paths with their claims, for the commands that look at a
/// whole corpus (`reconcile`, `report`).
struct ExtractedCorpus {
    /// The articles that loaded, in path order, each with its claims.
    let articles: [ArticleClaims]
    /// The same articles as the extractor read them, for the reviews.
    let analyses: [ArticleAnalysis]
    /// The place lexicon (shipped plus the user's), for grouping by place.
    let places: PlaceIndex
    /// The extractor that read them, for the stages that read the articles again.
    let extractor: Extractor
    /// Whether some path or article failed to load (each problem was printed).
    let hadProblems: Bool
}

extension Runner {
    /// The articles of a command's paths that load. Each file that does not load is printed
    /// to `errors` as `path:line: message`, each warning as `path:line: warning: message`.
    func loadArticles(paths: [String], errors: inout some TextOutputStream) -> (articles: [Article], hadProblems: Bool) {
        let (inputs, readProblems) = articleSource.inputs(for: paths)
        let corpus = CorpusAssembler.assemble(inputs)
        let problems = readProblems + corpus.problems
        for problem in problems { errors.write("\(problem)\n") }
        for warning in corpus.warnings { errors.write("\(warning)\n") }
        return (corpus.articles, !problems.isEmpty)
    }

    /// Loads the lexicons and the articles and extracts every claim. Problems go to
    /// `errors` as `path:line: message`; nil when a lexicon is bad (a usage error, printed).
    func extractedCorpus(paths: [String], lexicons: [String], errors: inout some TextOutputStream) -> ExtractedCorpus? {
        guard let extractor = extractor(lexicons: lexicons, errors: &errors) else { return nil }
        let loaded = loadArticles(paths: paths, errors: &errors)
        let analyses = loaded.articles.map(extractor.analysis(of:))
        return ExtractedCorpus(
            articles: analyses.map { ArticleClaims(article: $0.article, claims: $0.claims) }, analyses: analyses,
            places: PlaceIndex(lexicon: extractor.finder.lexicon), extractor: extractor, hadProblems: loaded.hadProblems)
    }
}
