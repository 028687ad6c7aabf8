import NewsText

/// The editor's attribution check of one article: every sentence that carries a claim, who
/// it is attributed to and how, and the flags the rules raise, with a count per rule.
///
///     let check = AttributionCheck(reviewer.review(article, extractor: pipeline.extractor))
///     check.flagCount   // 0 for a draft that attributes every contested claim evenly
///
/// The counts are known when the check is made; the sentences are given in text order by
/// `forEachSentence`. An article of one section keeps them; a long article is read again a
/// section at a time each time they are asked for, so it is never held whole.
package struct AttributionCheck: Sendable {
    /// How often one rule fired.
    package struct RuleCount: Sendable, Equatable {
        package let rule: CheckRuleID
        package let count: Int
    }

    package let article: Article
    /// Every rule, in the order of `CheckRules.all`, with its count (0 included).
    package let counts: [RuleCount]
    /// How many sentences carry a claim.
    package let claimSentenceCount: Int
    /// How many sentences raise a flag.
    package let flaggedSentenceCount: Int
    /// How many sentences carry a claim or raise a flag (`forEachSentence` gives each).
    package let sentenceCount: Int

    private let review: ArticleReview
    private let rules: [any CheckRule]
    private let lines: LineIndex
    /// The sentences of an article of one section, kept from the count.
    private let held: [CheckedSentence]?

    package init(_ review: ArticleReview, rules: [any CheckRule] = CheckRules.all) {
        let lines = LineIndex(review.article)
        var counts = [Int](repeating: 0, count: rules.count)
        var sentences: [CheckedSentence] = []
        var (sections, claimed, flagged, total) = (0, 0, 0, 0)
        review.forEachSection { section in
            sections += 1
            sentences = Self.sentences(of: section, rules: rules, lines: lines) { rule, flags in counts[rule] += flags }
            claimed += sentences.count { !$0.attributions.isEmpty }
            flagged += sentences.count { !$0.flags.isEmpty }
            total += sentences.count
        }
        self.review = review
        self.rules = rules
        self.lines = lines
        article = review.article
        self.counts = zip(rules, counts).map { RuleCount(rule: $0.id, count: $1) }
        (claimSentenceCount, flaggedSentenceCount, sentenceCount) = (claimed, flagged, total)
        held = sections == 1 ? sentences : nil
    }

    /// An article read whole.
    package init(_ reviewed: ReviewedArticle, rules: [any CheckRule] = CheckRules.all) {
        self.init(ArticleReview(reviewed), rules: rules)
    }

    /// Whether the sentences are read again from the article each time they are asked for: a
    /// long article, whose page is best written as it is made.
    package var isReadInSections: Bool { held == nil }

    /// Every flag raised.
    package var flagCount: Int { counts.reduce(0) { $0 + $1.count } }

    /// Each sentence with a claim or a flag, in text order.
    package func forEachSentence(_ body: (CheckedSentence) throws -> Void) rethrows {
        if let held {
            for sentence in held { try body(sentence) }
            return
        }
        try review.forEachSection { section in
            for sentence in Self.sentences(of: section, rules: rules, lines: lines, counted: { _, _ in }) { try body(sentence) }
        }
    }

    /// Every sentence with a claim or a flag, held at once: for a short text.
    package var sentences: [CheckedSentence] {
        var sentences: [CheckedSentence] = []
        forEachSentence { sentences.append($0) }
        return sentences
    }

    package var flaggedSentences: [CheckedSentence] { sentences.filter { !$0.flags.isEmpty } }

    /// The checked sentences of one section; `counted` hears how many flags each rule (by
    /// position) raised in it.
    private static func sentences(
        of section: ReviewedArticle, rules: [any CheckRule], lines: LineIndex, counted: (Int, Int) -> Void
    ) -> [CheckedSentence] {
        var bySentence: [Int: [Flag]] = [:]
        for (position, rule) in rules.enumerated() {
            let flags = rule.flags(in: section)
            counted(position, flags.count)
            for flag in flags { bySentence[flag.sentence.start, default: []].append(flag) }
        }
        let order = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($0.element.id, $0.offset) })
        var sentences: [CheckedSentence] = []
        for (index, sentence) in section.sentences.enumerated() {
            let claims = section.claimsBySentence[index]
            let flags = (bySentence[sentence.range.start] ?? []).sorted {
                ($0.evidence.start, order[$0.rule] ?? 0) < ($1.evidence.start, order[$1.rule] ?? 0)
            }
            guard !claims.isEmpty || !flags.isEmpty else { continue }
            sentences.append(
                CheckedSentence(
                    number: section.firstSentence + index + 1, range: sentence.range, line: lines.line(ofBodyOffset: sentence.range.start),
                    text: section.text(sentence.range), attributions: Attribution.of(claims, in: section.article), flags: flags))
        }
        return sentences
    }
}
