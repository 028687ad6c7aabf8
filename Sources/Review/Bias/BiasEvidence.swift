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

    /// An article reviewed a section at a time (`report`, which checks it too): its claims,
    /// verbs and sourcing from the review's facts, its words gathered section by section. The
    /// claims are the ones the review holds: gathering them again from the sections would hold
    /// a long article's claims twice (a 4 MB article's `report` peaked 3 MB higher that way).
    package init(_ review: ArticleReview) {
        var words = Gathered()
        review.forEachSection { words.addWords($0.reading) }
        self.init(
            review.article, claims: review.facts.claims, verbs: review.facts.verbs, sourcing: review.facts.sourcing, words: words)
    }

    /// An article read once, a section at a time, for nothing but this evidence (`bias`):
    /// none of what the check reads across the article — its claims' incidents above all —
    /// is made. `ArticleReview.forEachReading` gives the sections.
    init(_ article: Article, readings: ((SectionReading) -> Void) -> Void) {
        var gathered = Gathered()
        readings { gathered.add($0) }
        self.init(
            article, claims: gathered.claims, verbs: VerbUsage(combining: gathered.verbs), sourcing: gathered.sourcing,
            words: gathered)
    }

    private init(_ article: Article, claims: [Claim], verbs: VerbUsage, sourcing: Sourcing, words: Gathered) {
        id = article.id
        outlet = article.outlet
        published = article.published
        self.claims = claims
        outletVoice = words.outletVoice
        language = words.language
        self.verbs = verbs
        contested = sourcing.contested.count
        oneSided = sourcing.oneSided
    }

    /// What the sections of an article give, in text order.
    private struct Gathered {
        var claims: [Claim] = []
        var verbs: [VerbUsage] = []
        var sourcing = Sourcing()
        var language = LanguageTally()
        var outletVoice: Party?

        mutating func add(_ section: SectionReading) {
            claims += section.analysis.claims
            verbs.append(VerbUsage(section))
            sourcing.add(section)
            addWords(section)
        }

        mutating func addWords(_ section: SectionReading) {
            for use in section.language { language.add(use) }
            outletVoice = section.analysis.outletVoice
        }
    }
}
