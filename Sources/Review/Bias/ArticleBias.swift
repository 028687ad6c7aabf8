import Lexicons
import NewsText

/// The bias figures of one article, and the leaning they add up to (`ArticleVerdict`).
package struct ArticleBias: Sendable {
    /// What one article's reading rests on.
    package struct Figures: Sendable {
        /// Every claim the article carries.
        package var claims = 0
        package var voice = VoiceShare()
        package var narrator = NarratorTally()
        package var verbs: VerbUsage
        package var language = LanguageTally()
        /// Claims on contested points from a belligerent's parties.
        package var contested = 0
        /// The only side quoted on contested points when the other is quoted nowhere.
        package var oneSided: Belligerent?
    }

    package let article: String
    package let published: CalendarDate?
    package let figures: Figures
    package let verdict: ArticleVerdict

    /// `owner` is the side whose state owns the article's outlet.
    init(_ evidence: BiasEvidence, adoption: NarratorAdoption, owner: Belligerent?) {
        var figures = Figures(verbs: evidence.verbs)
        figures.claims = evidence.claims.count
        for claim in evidence.claims {
            figures.voice.count(claim)
            if claim.party == .narrator { figures.narrator.add(claim, of: evidence.id, account: adoption.account(of: claim, in: evidence.id)) }
        }
        figures.language = evidence.language
        figures.contested = evidence.contested
        figures.oneSided = evidence.oneSided
        article = evidence.id
        published = evidence.published
        self.figures = figures
        verdict = ArticleVerdict(figures, owner: owner)
    }
}
