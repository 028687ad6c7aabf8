
/// **contested-name** — a place name one side uses for a place with rival names
/// (`places.tsv`), when the article has not given the other name.
///
///     Shells hit Stepanakert.                  flagged: "Stepanakert (Khankendi)"
///     Shells hit Stepanakert (Khankendi).      not flagged
///
/// Raised on the first such use of each place (giving both names there settles every later
/// use); names inside quotation marks are the source's own and are not flagged.
package struct ContestedNameRule: CheckRule {
    package let id = CheckRuleID.contestedName

    package init() {}

    package func flags(in article: ReviewedArticle) -> [Flag] {
        var flags: [Flag] = []
        for use in article.language where !use.isQuoted && !use.paired {
            guard case .place(let place, let suggestion, let rivals) = use.kind,
                let unpaired = article.facts.unpairedNames[place], unpaired.first == use.range
            else { continue }
            flags.append(
                Flag(
                    sentence: article.sentences[use.sentence].range, evidence: use.range,
                    problem: .contestedName(name: use.text, leaning: use.leaning, rivals: rivals, uses: unpaired.count, pair: suggestion)))
        }
        return flags
    }
}
