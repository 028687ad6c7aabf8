
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
        var flagged: Set<String> = []
        var flags: [Flag] = []
        let unpaired = article.language.filter { !$0.isQuoted && !$0.paired }
        for use in unpaired {
            guard case .place(let place, let suggestion, let rivals) = use.kind, flagged.insert(place).inserted else { continue }
            let uses = unpaired.count { if case .place(place, _, _) = $0.kind { true } else { false } }
            flags.append(
                Flag(
                    sentence: article.sentences[use.sentence].range, evidence: use.range,
                    problem: .contestedName(name: use.text, leaning: use.leaning, rivals: rivals, uses: uses, pair: suggestion)))
        }
        return flags
    }
}
