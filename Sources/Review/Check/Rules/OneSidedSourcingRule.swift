import ClaimEngine

/// **one-sided-sourcing** — the article quotes one belligerent on who attacked, the losses or
/// lost ground, and never quotes the other at all.
///
///     Armenia said Azerbaijan attacked.                                         flagged
///     Armenia said Azerbaijan attacked. Azerbaijan said Armenia fired first.    not flagged
///
/// Raised once per article, on the first sentence that carries the quoted side's claim, and
/// listing the other sentences. An official outlet's own voice counts as its party quoted.
package struct OneSidedSourcingRule: CheckRule {
    package let id = "one-sided-sourcing"
    package let summary = "a contested point on which only one belligerent is quoted"

    static let contestedKinds: Set<ClaimKind> = [.attack, .casualties, .territory]

    package init() {}

    package func flags(in article: ReviewedArticle) -> [Flag] {
        let contested = article.claimsBySentence.enumerated().flatMap { index, claims in
            claims.filter { Self.contestedKinds.contains($0.kind) && $0.party.belligerent != nil }.map { (index, $0) }
        }
        let sides = Set(contested.compactMap(\.1.party.belligerent))
        guard sides.count == 1, let side = sides.first, let first = contested.first else { return [] }
        guard !quotedSides(article).contains(side.opponent) else { return [] }
        var numbers: [String] = []
        for (index, _) in contested where !numbers.contains(String(index + 1)) { numbers.append(String(index + 1)) }
        let points = ClaimKind.allCases.filter { kind in contested.contains { $0.1.kind == kind } }.map(Self.point)
        let quoted = Wording.state(side)
        let missing = Wording.state(side.opponent)
        return [
            Flag(
                rule: id, sentence: first.1.sentence,
                reason: "only \(quoted)'s side is quoted on \(Wording.list(points)) (sentence\(numbers.count > 1 ? "s" : "") "
                    + "\(Wording.list(numbers))); \(missing)'s side is not quoted anywhere in the article",
                suggestion: "add \(missing)'s account of the same events (its defence ministry or government),"
                    + " or say that it did not respond")
        ]
    }

    /// Every belligerent side the article quotes on anything.
    private func quotedSides(_ article: ReviewedArticle) -> Set<Belligerent> {
        var sides = Set(article.analysis.claims.compactMap(\.party.belligerent))
        for statements in article.analysis.statements {
            for statement in statements { if let side = statement.speaker.party.belligerent { sides.insert(side) } }
        }
        return sides
    }

    private static func point(_ kind: ClaimKind) -> String {
        switch kind {
        case .attack: "who attacked"
        case .casualties: "the losses"
        case .territory: "ground lost"
        case .ceasefire, .appeal: kind.rawValue
        }
    }
}
