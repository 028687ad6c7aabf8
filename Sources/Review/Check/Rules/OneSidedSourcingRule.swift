import Lexicons

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

    package init() {}

    package func flags(in article: ReviewedArticle) -> [Flag] {
        let sourcing = Sourcing(article)
        guard let side = sourcing.oneSided, let first = sourcing.contested.first else { return [] }
        let contested = sourcing.contested
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

    private static func point(_ kind: ClaimKind) -> String {
        switch kind {
        case .attack: "who attacked"
        case .casualties: "the losses"
        case .territory: "ground lost"
        case .ceasefire, .appeal: kind.rawValue
        }
    }
}
