import ClaimEngine
import Lexicons
import NewsText

/// What the outlet bias report needs from one article, and nothing more: who published it
/// and when, its claims, whose voice an official text is, and how often it uses each reporting
/// verb and each loaded word. Kept instead of the whole reading (tokens, mentions, statements),
/// so a corpus of any size holds only this much per article.
package struct BiasEvidence: Sendable {
    package let id: String
    package let outlet: String
    package let published: CalendarDate?
    package let claims: [Claim]
    /// The party the article's own voice speaks for when the outlet is an official source.
    package let outletVoice: Party?
    package let verbs: VerbUsage
    package let language: LanguageTally
    /// Claims on contested points from a belligerent's parties (`Sourcing`).
    package let contested: Int
    /// The only side the article quotes on contested points, when it quotes the other nowhere.
    package let oneSided: Belligerent?

    /// An article read whole.
    package init(_ article: ReviewedArticle) {
        self.init(ArticleReview(article))
    }

    /// An article read a section at a time: its words gathered section by section.
    package init(_ review: ArticleReview) {
        var language = LanguageTally()
        var outletVoice: Party?
        review.forEachSection { section in
            for use in section.language { language.add(use) }
            outletVoice = section.analysis.outletVoice
        }
        id = review.article.id
        outlet = review.article.outlet
        published = review.article.published
        claims = review.facts.claims
        self.outletVoice = outletVoice
        self.language = language
        verbs = review.facts.verbs
        contested = review.facts.sourcing.contested.count
        oneSided = review.facts.sourcing.oneSided
    }
}
