import Lexicons

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
    package let id = CheckRuleID.loadedTerm

    package init() {}

    package func flags(in article: ReviewedArticle) -> [Flag] {
        article.language.compactMap { use in
            guard case .term(let neutral) = use.kind, !use.isQuoted else { return nil }
            let paraphrased: Party? = if case .paraphrase(let party) = use.voice { party } else { nil }
            return Flag(
                sentence: article.sentences[use.sentence].range, evidence: use.range,
                problem: .loadedTerm(term: use.text, agent: use.agent, leaning: use.leaning, paraphrasing: paraphrased, neutral: neutral))
        }
    }
}
