import ClaimEngine
import Lexicons
import NewsText

/// What the outlet bias report needs from one article, and nothing more: who published it
/// and when, its claims, whose voice an official text is, its reporting verbs and its loaded
/// words. Kept instead of the whole reading (tokens, mentions, statements), so a corpus of
/// any size holds only this much per article.
package struct BiasEvidence: Sendable {
    package let id: String
    package let outlet: String
    package let published: CalendarDate?
    package let claims: [Claim]
    /// The party the article's own voice speaks for when the outlet is an official source.
    package let outletVoice: Party?
    package let verbs: VerbUsage
    package let language: [LanguageUse]
    /// Claims on contested points from a belligerent's parties (`Sourcing`).
    package let contested: Int
    /// The only side the article quotes on contested points, when it quotes the other nowhere.
    package let oneSided: Belligerent?

    package init(_ article: ReviewedArticle) {
        id = article.article.id
        outlet = article.article.outlet
        published = article.article.published
        claims = article.analysis.claims
        outletVoice = article.analysis.outletVoice
        verbs = VerbUsage(article)
        language = article.language
        let sourcing = Sourcing(article)
        contested = sourcing.contested.count
        oneSided = sourcing.oneSided
    }
}
