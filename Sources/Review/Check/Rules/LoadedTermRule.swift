
/// **loaded-term** — a word that carries one side's framing (`loaded-terms.tsv`) in the
/// article's own voice or in a paraphrase; a word inside quotation marks is the source's own
/// and is not flagged.
///
///     The army liberated six villages.                      'liberated' flagged
///     The army retook six villages.                         not flagged
///     Hasanov said the army had "liberated" six villages.   not flagged (quoted)
///
/// A word whose leaning depends on who does what it names (`agent` in the file) is read with
/// its agent: "Azerbaijani occupation" carries Armenia's framing, "Armenian occupation"
/// Azerbaijan's (`TermAgent`).
package struct LoadedTermRule: CheckRule {
    package let id = "loaded-term"
    package let summary = "a word that carries one side's framing (loaded-terms.tsv)"

    package init() {}

    package func flags(in article: ReviewedArticle) -> [Flag] {
        article.language.compactMap { use in
            guard case .term(let neutral) = use.kind, !use.isQuoted else { return nil }
            let agent = use.agent.map { ", said of \(Wording.state($0))," } ?? ""
            let framing = "'\(use.text)'\(agent) carries \(Wording.framing(use.leaning)) framing"
            let reason: String
            let suggestion: String
            if case .paraphrase(let party) = use.voice {
                reason = "\(framing), carried into a paraphrase of \(Wording.party(party))"
                suggestion = "neutral wording: \(neutral); or quote the speaker's own word in quotation marks"
            } else {
                reason = "\(framing), in the article's own voice"
                suggestion = "neutral wording: \(neutral)"
            }
            return Flag(
                rule: id, sentence: article.sentences[use.sentence].range, evidence: use.range, reason: reason, suggestion: suggestion)
        }
    }
}
