
/// **vague-source** — a claim resting on a source the article does not name: `sources said`,
/// `reports said`, `it is believed`, an `unnamed official` (the `vague` rows of `hedges.tsv`).
///
///     Sources said Azerbaijani forces shelled Jermuk.                          flagged
///     Armenia's defence ministry said Azerbaijani forces shelled Jermuk.       not flagged
///
/// Raised once per sentence that carries a claim: when the phrase naming a speaker holds a
/// vague source, or when a narrator claim stands next to one in the article's own voice.
package struct VagueSourceRule: CheckRule {
    package let id = CheckRuleID.vagueSource

    package init() {}

    package func flags(in article: ReviewedArticle) -> [Flag] {
        var flags: [Flag] = []
        for (index, claims) in article.claimsBySentence.enumerated() where !claims.isEmpty {
            let vague = article.vagueSources(inSentence: index)
            guard !vague.isEmpty else { continue }
            let speakerPhrases = article.attributedStatements(inSentence: index).compactMap { $0.statement.speaker.phrase }
            let narrated = claims.contains { $0.party == .narrator }
            let found = vague.first { mention in
                let range = article.range(of: mention.tokens)
                return speakerPhrases.contains { $0.contains(range) }
                    || (narrated && article.voice(of: mention.tokens, inSentence: index).isOwn)
            }
            guard let found else { continue }
            let range = article.range(of: found.tokens)
            flags.append(
                Flag(
                    sentence: article.sentences[index].range, evidence: range, problem: .vagueSource(phrase: article.text(range))))
        }
        return flags
    }
}
