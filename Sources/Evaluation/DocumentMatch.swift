import ClaimEngine
import NewsText

/// One article's predicted claims set against its gold claims: the pairs, the gold claims no
/// prediction found, and the predictions no gold claim backs.
package struct DocumentMatch: Sendable {
    /// A gold claim with no matching prediction, and the sentence that holds its quote.
    package struct Miss: Sendable {
        package let gold: GoldClaim
        package let sentence: ByteRange
    }

    package let article: Article
    /// In the order of the gold claims.
    package let pairs: [MatchedPair]
    /// In the order of the gold claims.
    package let misses: [Miss]
    /// In text order.
    package let falsePositives: [Claim]
}
