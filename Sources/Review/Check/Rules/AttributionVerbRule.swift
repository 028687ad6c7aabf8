import ClaimEngine

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
        return usage.uses.compactMap { use in
            guard use.stance != .neutral else { return nil }
            return Flag(
                rule: id, sentence: article.sentences[use.sentence].range, evidence: use.range,
                reason: reason(for: use, usage: usage), suggestion: suggestion(for: use))
        }
    }

    private func reason(for use: VerbUsage.Use, usage: VerbUsage) -> String {
        let effect = { (whose: String) in
            use.stance == .doubt ? "'\(use.verb)' casts doubt on \(whose)" : "'\(use.verb)' presents \(whose) as established fact"
        }
        guard let side = use.party.belligerent else { return effect("what \(Wording.party(use.party)) says") }
        let own = effect("\(Wording.state(side))'s account")
        let other = usage.side(side.opponent)
        guard !other.uses.isEmpty else { return own }
        let otherName = "\(Wording.state(side.opponent))'s"
        if other.count(use.stance) > 0 {
            return own + " (the article uses such verbs for both sides: \(otherName) get \(Wording.tally(other.verbs(use.stance))))"
        }
        let contrast = use.stance == .credence && other.count(.doubt) > 0 ? other.verbs(.doubt) : other.verbs(.neutral)
        return own + ", while \(otherName) statements get \(Wording.tally(contrast)): uneven"
    }

    private func suggestion(for use: VerbUsage.Use) -> String {
        let neutral = use.verb.hasSuffix("ing") ? "saying" : use.verb.hasSuffix("s") ? "says" : "said"
        return use.stance == .doubt
            ? "write '\(neutral)'; if the claim is doubtful, say why and who disputes it"
            : "write '\(neutral)'; keep '\(use.verb)' only for what independent sources have verified"
    }
}
