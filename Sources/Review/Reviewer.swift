import ClaimEngine
import Lexicons
import NewsText
import Reconciliation

/// Reads an article's analysis for the reviews, with the lexicon it was made with.
///
///     let reviewer = Reviewer(lexicon: pipeline.lexicon)
///     let check = AttributionCheck(reviewer.review(article, extractor: pipeline.extractor))
package struct Reviewer: Sendable {
    /// How claims are grouped into incidents: the reconciler's grouping.
    package let grouper = IncidentGrouper()
    /// The belligerents' state-owned media, by outlet name (`state-media.tsv`).
    package let stateMedia: PhraseLexicon<StateMedium>
    private let names: RivalNames

    package init(lexicon: Lexicon) {
        self.names = RivalNames(lexicon.places)
        self.stateMedia = lexicon.stateMedia
    }

    /// An article as the extractor read it whole (`Pipeline.analysis(of:)`).
    package func review(_ analysis: ArticleAnalysis) -> ReviewedArticle {
        ReviewedArticle(analysis: analysis, names: names, grouper: grouper)
    }

    /// What the outlet bias report needs of an article, read once a section at a time, with
    /// no more of the review than that (`BiasEvidence`): a long article's claims are never
    /// grouped into incidents for a check that `bias` does not make.
    package func biasEvidence(_ article: Article, extractor: Extractor, minimumBytes: Int = Extractor.sectionBytes) -> BiasEvidence {
        BiasEvidence(article) { body in
            ArticleReview.forEachReading(of: article, extractor: extractor, names: names, minimumBytes: minimumBytes, body)
        }
    }

    /// An article read a section at a time (`ArticleReview`), so a long one is never held
    /// whole; `minimumBytes` is the least a section holds (`Extractor.sectionBytes`).
    package func review(_ article: Article, extractor: Extractor, minimumBytes: Int = Extractor.sectionBytes) -> ArticleReview {
        ArticleReview(article, extractor: extractor, names: names, grouper: grouper, minimumBytes: minimumBytes)
    }
}
