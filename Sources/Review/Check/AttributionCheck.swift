import NewsText

/// The editor's attribution check of one article: every sentence that carries a claim, who
/// it is attributed to and how, and the flags the rules raise, with a count per rule.
///
///     let check = AttributionCheck(reviewer.review(article))
///     check.flagCount   // 0 for a draft that attributes every contested claim evenly
package struct AttributionCheck: Sendable {
    /// How often one rule fired.
    package struct RuleCount: Sendable, Equatable {
        package let rule: CheckRuleID
        package let count: Int
    }

    package let article: Article
    /// Sentences with a claim or a flag, in text order.
    package let sentences: [CheckedSentence]
    /// Every rule, in the order of `CheckRules.all`, with its count (0 included).
    package let counts: [RuleCount]

    package init(_ reviewed: ReviewedArticle, rules: [any CheckRule] = CheckRules.all) {
        article = reviewed.article
        var bySentence: [Int: [Flag]] = [:]
        var counts: [RuleCount] = []
        for rule in rules {
            let flags = rule.flags(in: reviewed)
            counts.append(RuleCount(rule: rule.id, count: flags.count))
            for flag in flags { bySentence[flag.sentence.start, default: []].append(flag) }
        }
        self.counts = counts
        let order = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($0.element.id, $0.offset) })
        var sentences: [CheckedSentence] = []
        let lines = LineIndex(reviewed.article)
        for (index, sentence) in reviewed.sentences.enumerated() {
            let claims = reviewed.claimsBySentence[index]
            let flags = (bySentence[sentence.range.start] ?? []).sorted {
                ($0.evidence.start, order[$0.rule] ?? 0) < ($1.evidence.start, order[$1.rule] ?? 0)
            }
            guard !claims.isEmpty || !flags.isEmpty else { continue }
            sentences.append(
                CheckedSentence(
                    number: index + 1, range: sentence.range, line: lines.line(ofBodyOffset: sentence.range.start),
                    text: reviewed.text(sentence.range), attributions: Attribution.of(claims), flags: flags))
        }
        self.sentences = sentences
    }

    /// Every flag raised.
    package var flagCount: Int { counts.reduce(0) { $0 + $1.count } }

    package var flaggedSentences: [CheckedSentence] { sentences.filter { !$0.flags.isEmpty } }
}
