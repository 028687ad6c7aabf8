import ClaimEngine
import Lexicons

/// Whom an article quotes on the points the belligerents contest — who attacked, the losses,
/// lost ground — and whether it quotes the other side on anything at all.
///
///     Armenia said Azerbaijan attacked.                                        one-sided: Armenia
///     Armenia said Azerbaijan attacked. Azerbaijan said Armenia fired first.   not one-sided
///
/// The check's `one-sided-sourcing` flag and the bias report's reading of one article both
/// rest on it. An official outlet's own voice counts as its party quoted.
package struct Sourcing: Sendable {
    static let contestedKinds: Set<ClaimKind> = [.attack, .casualties, .territory]

    /// Claims on contested points by a belligerent's parties, in text order, with their sentence index.
    package let contested: [(sentence: Int, claim: Claim)]
    /// Every belligerent the article quotes on anything, claims or not.
    package let quotedSides: Set<Belligerent>

    package init(_ article: ReviewedArticle) {
        contested = article.claimsBySentence.enumerated().flatMap { index, claims in
            claims.filter { Self.contestedKinds.contains($0.kind) && $0.party.belligerent != nil }.map { (index, $0) }
        }
        var sides = Set(article.analysis.claims.compactMap(\.party.belligerent))
        for statements in article.analysis.statements {
            for statement in statements { if let side = statement.speaker.party.belligerent { sides.insert(side) } }
        }
        quotedSides = sides
    }

    /// The only side quoted on contested points, when the other side is quoted nowhere.
    package var oneSided: Belligerent? {
        let sides = Set(contested.compactMap(\.claim.party.belligerent))
        guard sides.count == 1, let side = sides.first, !quotedSides.contains(side.opponent) else { return nil }
        return side
    }
}
