import ClaimEngine
import NewsText
import Reconciliation

/// A corpus read as its articles arrive: each article's claims for the reconciler, and what
/// the caller keeps of each full reading (the reading itself is let go), so only a batch of
/// articles' readings is held at once however large the corpus.
///
///     var extraction = CorpusExtraction(pipeline: pipeline) { reviewer.review($0) }
///     for article in articles { extraction.add(article) }
///     let (claims, reviews) = extraction.finish()
///
/// Readings are made in parallel batches (`ParallelArticles`) and taken in input order, so
/// the result is the same whatever the number of cores.
package struct CorpusExtraction<Kept> {
    private var batches: ParallelArticles<ArticleAnalysis>
    private let keepingSentences: Bool
    private let keep: (ArticleAnalysis) -> Kept
    private var articles: [ArticleClaims] = []
    private var kept: [Kept] = []

    /// `keepingSentences` false keeps no sentence of the claims' articles, for a command that
    /// shows none (`bias`).
    package init(pipeline: Pipeline, keepingSentences: Bool = true, keep: @escaping (ArticleAnalysis) -> Kept) {
        let extractor = pipeline.extractor
        self.batches = ParallelArticles { extractor.analysis(of: $0) }
        self.keepingSentences = keepingSentences
        self.keep = keep
    }

    package mutating func add(_ article: Article) {
        var read: [(Article, ArticleAnalysis)] = []
        batches.add(article) { read.append(($0, $1)) }
        take(read)
    }

    /// Every article added, with its claims, and what was kept of each, in the order added.
    package mutating func finish() -> (articles: [ArticleClaims], kept: [Kept]) {
        var read: [(Article, ArticleAnalysis)] = []
        batches.finish { read.append(($0, $1)) }
        take(read)
        return (articles, kept)
    }

    private mutating func take(_ read: [(Article, ArticleAnalysis)]) {
        for (article, analysis) in read {
            articles.append(ArticleClaims(article: article, claims: analysis.claims, keepingSentences: keepingSentences))
            kept.append(keep(analysis))
        }
    }
}
