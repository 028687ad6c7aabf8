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

    /// `sentences`: where the sentences of `claims` are kept (`ArticleRecord`).
    package init(article: Article, claims: [Claim], sentences: Excerpts.Store = .memory) {
        self.article = ArticleRecord(article, claims: claims, sentences: sentences)
        self.claims = claims
    }
}
