import ClaimEngine
import Lexicons
import NewsText
import Reconciliation

/// Reads an article's analysis for the reviews, with the lexicon it was made with.
///
///     let reviewer = Reviewer(lexicon: pipeline.lexicon)
///     let check = AttributionCheck(reviewer.review(pipeline.analysis(of: article)))
package struct Reviewer: Sendable {
    /// How claims are grouped into incidents: the reconciler's grouping.
    package let grouper = IncidentGrouper()
    private let names: RivalNames

    package init(lexicon: Lexicon) {
        self.names = RivalNames(lexicon.places)
    }

    /// An article as the extractor read it (`Pipeline.analysis(of:)`).
    package func review(_ analysis: ArticleAnalysis) -> ReviewedArticle {
        ReviewedArticle(analysis: analysis, names: names, grouper: grouper)
    }
}
