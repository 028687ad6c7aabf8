import Lexicons

/// **attribution-verb** — a reporting verb that casts doubt (`claimed`, `alleged`,
/// `insisted`) or lends credence (`confirmed`, `revealed`, `admitted`), as `verbs.tsv` marks
/// its stance; the reason says when the article treats the two sides unevenly.
///
///     Armenia said Azerbaijan attacked. Baku claimed Armenia fired first.   'claimed' flagged, uneven
///     Armenia said Azerbaijan attacked. Baku said Armenia fired first.      not flagged
///
/// One flag per attributed statement with such a verb, whoever the speaker, whether or not the
/// extractor typed a claim in it.
package struct AttributionVerbRule: CheckRule {
    package let id = CheckRuleID.attributionVerb

    package init() {}

    package func flags(in article: ReviewedArticle) -> [Flag] {
        // What the other side's statements get depends only on the side and the stance: worked
        // out once per pair, not once per verb, so a long article is no slower per flag.
        var comparisons: [String: Flag.VerbComparison?] = [:]
        let sides = article.facts.verbsBySide
        return VerbUsage.uses(in: article).compactMap { use in
            guard use.stance != .neutral else { return nil }
            var comparison: Flag.VerbComparison? = nil
            if let side = use.party.belligerent, let other = sides[side.opponent] {
                let key = "\(side.rawValue) \(use.stance.rawValue)"
                comparison = comparisons[key] ?? Self.comparison(of: side, stance: use.stance, other: other)
                comparisons[key] = comparison
            }
            return Flag(
                sentence: article.sentences[use.sentence].range, evidence: use.range,
                problem: .attributionVerb(verb: use.verb, stance: use.stance, party: use.party, comparison: comparison))
        }
    }

    /// How the other side's statements are reported, when the article quotes it at all.
    private static func comparison(of side: Belligerent, stance: ReportingVerb.Stance, other: VerbUsage) -> Flag.VerbComparison? {
        guard !other.isEmpty else { return nil }
        if other.count(stance) > 0 { return .bothSides(other: side.opponent, verbs: other.verbs(stance)) }
        let contrast = stance == .credence && other.count(.doubt) > 0 ? other.verbs(.doubt) : other.verbs(.neutral)
        return .uneven(other: side.opponent, verbs: contrast)
    }
}
