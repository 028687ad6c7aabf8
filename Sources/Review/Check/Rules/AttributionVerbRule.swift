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
    package let id = "attribution-verb"
    package let summary = "a reporting verb that casts doubt or lends credence, and uneven verbs for the two sides"

    package init() {}

    package func flags(in article: ReviewedArticle) -> [Flag] {
        let usage = VerbUsage(article)
        // What the other side's statements get depends only on the side and the stance: worked
        // out once per pair, not once per verb, so a long article is no slower per flag.
        var comparisons: [String: String] = [:]
        let sides = Dictionary(uniqueKeysWithValues: Belligerent.allCases.map { ($0, usage.side($0)) })
        return usage.uses.compactMap { use in
            guard use.stance != .neutral else { return nil }
            var comparison = ""
            if let side = use.party.belligerent, let other = sides[side.opponent] {
                let key = "\(side.rawValue) \(use.stance.rawValue)"
                comparison = comparisons[key] ?? Self.comparison(of: side, stance: use.stance, other: other)
                comparisons[key] = comparison
            }
            return Flag(
                rule: id, sentence: article.sentences[use.sentence].range, evidence: use.range,
                reason: reason(for: use) + comparison, suggestion: suggestion(for: use))
        }
    }

    private func reason(for use: VerbUsage.Use) -> String {
        let whose = use.party.belligerent.map { "\(Wording.state($0))'s account" } ?? "what \(Wording.party(use.party)) says"
        return use.stance == .doubt ? "'\(use.verb)' casts doubt on \(whose)" : "'\(use.verb)' presents \(whose) as established fact"
    }

    /// How the other side's statements are reported, when the article quotes it at all.
    private static func comparison(of side: Belligerent, stance: ReportingVerb.Stance, other: VerbUsage) -> String {
        guard !other.uses.isEmpty else { return "" }
        let otherName = "\(Wording.state(side.opponent))'s"
        if other.count(stance) > 0 {
            return " (the article uses such verbs for both sides: \(otherName) get \(Wording.tally(other.verbs(stance))))"
        }
        let contrast = stance == .credence && other.count(.doubt) > 0 ? other.verbs(.doubt) : other.verbs(.neutral)
        return ", while \(otherName) statements get \(Wording.tally(contrast)): uneven"
    }

    private func suggestion(for use: VerbUsage.Use) -> String {
        let neutral = use.verb.hasSuffix("ing") ? "saying" : use.verb.hasSuffix("s") ? "says" : "said"
        return use.stance == .doubt
            ? "write '\(neutral)'; if the claim is doubtful, say why and who disputes it"
            : "write '\(neutral)'; keep '\(use.verb)' only for what independent sources have verified"
    }
}
