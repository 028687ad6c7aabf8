import ClaimEngine
import NewsText

/// What the reconciler and the pages keep of an article once its claims are read: its front
/// matter, and the sentences its claims were read from with their speaker phrases and verbs
/// (a quotation's speaker may stand in the next sentence). One record is shared by every
/// claim of the article, so a corpus holds each outlet name and sentence once, and no article
/// whole.
package final class ArticleRecord: Sendable {
    package let id: String
    package let outlet: String
    package let published: CalendarDate?
    package let url: String
    private let sentences: Excerpts

    /// The record of `article`, keeping the sentences of `claims` in `sentences`: a reader
    /// that groups claims and shows no sentence (bias, the check) keeps none.
    package init(_ article: Article, claims: [Claim], sentences store: Excerpts.Store = .memory) {
        id = article.id
        outlet = article.outlet
        published = article.published
        url = article.url
        sentences = Excerpts(
            of: article.body,
            keeping: claims.lazy.flatMap { [$0.sentence, $0.speakerSpan, $0.verbSpan].compactMap { $0 } }, in: store)
    }

    /// The sentence a claim of the article was read from, exactly as published; the record
    /// keeps its sentences.
    package func sentence(of claim: Claim) -> String { sentences.text(claim.sentence) }

    /// The bytes of the sentence a claim was read from, uncopied: two sentences with the same
    /// bytes are the same text, told apart without making strings of them.
    package func sentenceBytes(of claim: Claim) -> ArraySlice<UInt8> { sentences.bytes(claim.sentence) }

    /// A claim's speaker phrase as written, nil for the narrator; the record keeps its sentences.
    package func speaker(of claim: Claim) -> String? { claim.speakerSpan.map(sentences.text) }

    /// A claim's reporting verb as written, if any; the record keeps its sentences.
    package func verb(of claim: Claim) -> String? { claim.verbSpan.map(sentences.text) }
}
