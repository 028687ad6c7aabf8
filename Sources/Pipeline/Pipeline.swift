import ClaimEngine
import Lexicons
import NewsText
import Reconciliation

/// The stages of DESIGN.md composed in one place: one lexicon read once, the extractor that
/// reads articles with it, and the reconciler that groups their claims.
///
/// Every command, the reviews, the scorer and the tests get their analyses from a pipeline:
///
///     let pipeline = try Pipeline.bundled()
///     let analysis = pipeline.analysis(of: article)                          // check, explain
///     var extraction = CorpusExtraction(pipeline: pipeline) { _ in () }      // a corpus, across cores
///
/// `Review` and `Evaluation` read what it produces and never run a stage themselves.
package struct Pipeline: Sendable {
    /// Every word list, the shipped tables plus the user's.
    package let lexicon: Lexicon
    package let extractor: Extractor

    package init(lexicon: Lexicon) throws(LexiconError) {
        self.lexicon = lexicon
        self.extractor = try Extractor(lexicon: lexicon)
    }

    /// The pipeline of the shipped lexicons, plus the user's own lexicon files.
    package static func bundled(extraLexicons: [LexiconTable] = []) throws -> Pipeline {
        var lexicon = try Lexicon.bundled()
        for table in extraLexicons { try lexicon.add(table) }
        return try Pipeline(lexicon: lexicon)
    }

    /// Every stage's reading of one article: sentences, mentions, statements and claims.
    package func analysis(of article: Article) -> ArticleAnalysis {
        extractor.analysis(of: article)
    }

    package var reconciler: Reconciler { Reconciler() }

    /// The reconciler's reading of a corpus, each incident's findings made on all cores.
    /// `grouped` is the corpus's grouping when the caller has made it already
    /// (`reconciler.grouper.group`), so it is not made twice.
    package func reconcile(
        _ articles: [ArticleClaims], grouped: (incidents: [Incident], background: [ReportedClaim])? = nil
    ) -> ReconciledCorpus {
        let reconciler = self.reconciler
        let (incidents, background) = grouped ?? reconciler.grouper.group(articles)
        return ReconciledCorpus(
            articles: articles, incidents: ParallelMap.map(incidents) { reconciler.withFindings($0) }, background: background)
    }
}
