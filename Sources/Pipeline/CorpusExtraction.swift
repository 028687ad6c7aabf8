import ClaimEngine
import NewsText
import Reconciliation

/// A corpus read as its articles arrive: each article's claims for the reconciler, and what
/// the caller makes of each full reading (the reading itself is let go), so only a batch of
/// articles' readings is held at once however large the corpus.
///
///     var extraction = CorpusExtraction(pipeline: pipeline) { ClaimMatcher.match(gold: labels, in: $0) }
///     for article in articles { extraction.add(article) }
///     let (claims, evidence) = extraction.finish()
///
/// `make` runs with the extraction, in parallel batches (`ParallelArticles`); `keep` then takes
/// each result in input order on the caller's thread — the place for side effects such as
/// writing a page — and returns what is kept. The result is the same whatever the number of
/// cores.
package struct CorpusExtraction<Made: Sendable, Kept> {
    private var batches: ParallelArticles<(claims: [Claim], made: Made)>
    private let sentences: Excerpts.Store
    private let keep: (Made) -> Kept
    private var articles: [ArticleClaims] = []
    private var kept: [Kept] = []

    /// `keepingSentences` false keeps no sentence of the claims' articles, for a command that
    /// shows none (`bias`). The sentences kept wait in a spill file until the pages quote
    /// them — in memory when no file can be made in `TMPDIR` — so a corpus dense with claims
    /// does not hold most of its text to the end of the run.
    package init(
        pipeline: Pipeline, keepingSentences: Bool = true, make: @escaping @Sendable (ArticleAnalysis) -> Made,
        keep: @escaping (Made) -> Kept
    ) {
        let extractor = pipeline.extractor
        self.init(keepingSentences: keepingSentences, keep: keep) { article in
            let analysis = extractor.analysis(of: article)
            return (analysis.claims, make(analysis))
        }
    }

    /// `read` reads each article itself and gives its claims with what it made of them: for a
    /// reader that reads a long article a section at a time (`ArticleReview`).
    package init(
        keepingSentences: Bool = true, keep: @escaping (Made) -> Kept, read: @escaping @Sendable (Article) -> (claims: [Claim], made: Made)
    ) {
        self.batches = ParallelArticles(work: read)
        self.sentences = keepingSentences ? SpillFile.temporary().map(Excerpts.Store.file) ?? .memory : .nothing
        self.keep = keep
    }

    package mutating func add(_ article: Article) {
        var read: [(Article, (claims: [Claim], made: Made))] = []
        batches.add(article) { read.append(($0, $1)) }
        take(read)
    }

    /// Every article added, with its claims, and what was kept of each, in the order added.
    package mutating func finish() -> (articles: [ArticleClaims], kept: [Kept]) {
        var read: [(Article, (claims: [Claim], made: Made))] = []
        batches.finish { read.append(($0, $1)) }
        take(read)
        return (articles, kept)
    }

    private mutating func take(_ read: [(Article, (claims: [Claim], made: Made))]) {
        for (article, result) in read {
            articles.append(ArticleClaims(article: article, claims: result.claims, sentences: sentences))
            kept.append(keep(result.made))
        }
    }
}

extension CorpusExtraction where Kept == Made {
    /// Keeps what `make` makes of each article, as it is.
    package init(pipeline: Pipeline, keepingSentences: Bool = true, make: @escaping @Sendable (ArticleAnalysis) -> Made) {
        self.init(pipeline: pipeline, keepingSentences: keepingSentences, make: make) { $0 }
    }
}

extension CorpusExtraction where Made == Void, Kept == Void {
    /// Keeps only each article's claims (`reconcile`): a long article is read a section at a
    /// time (`Extractor.forEachSection`), so its full reading is never held whole.
    package init(pipeline: Pipeline) {
        let extractor = pipeline.extractor
        self.init(keepingSentences: true, keep: { _ in () }) { article in (extractor.claims(in: article), ()) }
    }
}
