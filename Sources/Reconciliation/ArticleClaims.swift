import ClaimEngine
import NewsText

/// One article and the claims the extractor read from it: the reconciler's input.
///
/// The reconciler needs more than the claims: the outlet that published them, the day they
/// were published (an undated claim is placed on it) and the sentence each was read from.
package struct ArticleClaims: Sendable {
    /// The article's front matter and the sentences of its claims.
    package let article: ArticleRecord
    package let claims: [Claim]

    /// `keepingSentences`: see `ArticleRecord`.
    package init(article: Article, claims: [Claim], keepingSentences: Bool = true) {
        self.article = ArticleRecord(article, claims: claims, keepingSentences: keepingSentences)
        self.claims = claims
    }
}
