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
///     let analysis = pipeline.analysis(of: article)          // check, explain
///     let corpus = pipeline.reconciled(articles)             // eval's findings
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

    /// Each article's reading, worked on across the machine's cores, in the articles' order.
    package func analyses(of articles: [Article]) -> [ArticleAnalysis] {
        var batches = ParallelArticles { extractor.analysis(of: $0) }
        var analyses: [ArticleAnalysis] = []
        analyses.reserveCapacity(articles.count)
        for article in articles { batches.add(article) { analyses.append($1) } }
        batches.finish { analyses.append($1) }
        return analyses
    }

    package var reconciler: Reconciler { Reconciler() }

    /// The articles' claims grouped into incidents, with the findings of each.
    package func reconciled(_ articles: [Article]) -> ReconciledCorpus {
        var extraction = CorpusExtraction(pipeline: self) { _ in () }
        for article in articles { extraction.add(article) }
        return reconciler.reconcile(extraction.finish().articles)
    }
}
