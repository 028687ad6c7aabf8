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

    /// Claims on contested points by a belligerent's parties, in text order, with the index of
    /// their sentence among all the article's sentences.
    package private(set) var contested: [(sentence: Int, claim: Claim)] = []
    /// Every belligerent the article quotes on anything, claims or not.
    package private(set) var quotedSides: Set<Belligerent> = []

    init() {}

    /// Adds what the next section of the article quotes.
    mutating func add(_ section: SectionReading) {
        for (index, claims) in section.claimsBySentence.enumerated() {
            for claim in claims where Self.contestedKinds.contains(claim.kind) && claim.party.belligerent != nil {
                contested.append((section.firstSentence + index, claim))
            }
        }
        quotedSides.formUnion(section.analysis.claims.compactMap(\.party.belligerent))
        for statements in section.analysis.statements {
            for statement in statements { if let side = statement.speaker.party.belligerent { quotedSides.insert(side) } }
        }
    }

    /// The only side quoted on contested points, when the other side is quoted nowhere.
    package var oneSided: Belligerent? {
        let sides = Set(contested.compactMap(\.claim.party.belligerent))
        guard sides.count == 1, let side = sides.first, !quotedSides.contains(side.opponent) else { return nil }
        return side
    }
}
