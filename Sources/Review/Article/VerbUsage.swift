import Lexicons
import NewsText

/// The reporting verbs an article uses to introduce what each party says, one per attributed
/// statement ("Baku claimed …" once, however many claims it carries, and once when it
/// carries none the extractor could type).
///
/// `Armenia said …; Baku claimed …` gives Armenia one neutral verb and Azerbaijan one
/// doubting verb: the article treats the two sides unevenly.
package struct VerbUsage: Sendable {
    package struct Use: Sendable {
        /// The verb as written, lower-cased: `claimed`.
        package let verb: String
        package let stance: ReportingVerb.Stance
        package let party: Party
        /// The sentence, by index in the section read (`ReviewedArticle`).
        package let sentence: Int
        package let range: ByteRange
    }

    /// One verb and how often it is used.
    package struct Count: Sendable, Equatable {
        package let word: String
        package let count: Int
    }

    /// Every attributed statement with a reporting verb, in text order, third parties included.
    package let uses: [Use]

    /// The uses of an article, or of the section of it that is read.
    package init(_ article: ReviewedArticle) {
        self.init(article.reading)
    }

    init(_ article: SectionReading) {
        var uses: [Use] = []
        for (index, statements) in article.analysis.statements.enumerated() {
            for statement in statements {
                guard let verb = statement.verb, statement.speaker.party != .narrator else { continue }
                let range = article.range(of: verb.tokens)
                let text = article.text(range)
                uses.append(
                    Use(
                        verb: text.lowercased(), stance: verb.value.stance, party: statement.speaker.party,
                        sentence: index, range: range))
            }
        }
        self.uses = uses
    }

    private init(uses: [Use]) { self.uses = uses }

    /// The uses for one belligerent's parties.
    package func side(_ side: Belligerent) -> VerbUsage {
        VerbUsage(uses: uses.filter { $0.party.belligerent == side })
    }

    /// The uses of several articles together, for an outlet's totals.
    package init(combining usages: [VerbUsage]) {
        self.init(uses: usages.flatMap(\.uses))
    }

    package func count(_ stance: ReportingVerb.Stance) -> Int {
        uses.count { $0.stance == stance }
    }

    /// The share of uses with this stance; nil with no uses.
    package func share(_ stance: ReportingVerb.Stance) -> Double? {
        uses.isEmpty ? nil : Double(count(stance)) / Double(uses.count)
    }

    /// The verbs of one stance with their counts, most used first, then alphabetically.
    package func verbs(_ stance: ReportingVerb.Stance) -> [Count] {
        var counts: [String: Int] = [:]
        for use in uses where use.stance == stance { counts[use.verb, default: 0] += 1 }
        return counts.map { Count(word: $0.key, count: $0.value) }.sorted { ($1.count, $0.word) < ($0.count, $1.word) }
    }
}
