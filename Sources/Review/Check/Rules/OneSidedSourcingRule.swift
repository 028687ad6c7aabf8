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
    package let id = CheckRuleID.oneSidedSourcing

    package init() {}

    package func flags(in article: ReviewedArticle) -> [Flag] {
        let sourcing = article.facts.sourcing
        guard let side = sourcing.oneSided, let first = sourcing.contested.first,
            (article.firstSentence..<article.firstSentence + article.sentences.count).contains(first.sentence)
        else { return [] }
        let contested = sourcing.contested
        var numbers: [Int] = []
        for (index, _) in contested where !numbers.contains(index + 1) { numbers.append(index + 1) }
        let points = ClaimKind.allCases.filter { kind in contested.contains { $0.1.kind == kind } }
        return [Flag(sentence: first.1.sentence, problem: .oneSidedSourcing(quoted: side, points: points, sentences: numbers))]
    }
}
