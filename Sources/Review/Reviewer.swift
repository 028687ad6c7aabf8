import ClaimEngine
import NewsText
import Reconciliation

/// Reads articles for the reviews: runs the extractor and keeps everything it learned.
///
///     let reviewer = Reviewer(extractor: try .bundled())
///     let check = AttributionCheck(reviewer.review(article))
package struct Reviewer: Sendable {
    package let extractor: Extractor
    /// How claims are grouped into incidents: the reconciler's grouping, with the places of
    /// this extractor's lexicon.
    package let grouper: IncidentGrouper
    private let names: RivalNames

    package init(extractor: Extractor) {
        self.extractor = extractor
        self.names = RivalNames(extractor.finder.lexicon.places)
        self.grouper = IncidentGrouper(places: PlaceIndex(lexicon: extractor.finder.lexicon))
    }

    package func review(_ article: Article) -> ReviewedArticle {
        review(extractor.analysis(of: article))
    }

    /// An article this reviewer's extractor has already read.
    package func review(_ analysis: ArticleAnalysis) -> ReviewedArticle {
        ReviewedArticle(analysis: analysis, names: names, grouper: grouper)
    }
}
