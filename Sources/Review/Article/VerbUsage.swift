import Lexicons
import NewsText

/// The reporting verbs an article uses to introduce what each party says, one per attributed
/// statement ("Baku claimed …" once, however many claims it carries, and once when it
/// carries none the extractor could type).
///
/// `Armenia said …; Baku claimed …` gives Armenia one neutral verb and Azerbaijan one
/// doubting verb: the article treats the two sides unevenly.
///
/// Kept as a tally — how often each party is given each verb — not a list of uses, so an
/// outlet's or a long article's verbs cost the verbs it uses, not its statements.
package struct VerbUsage: Sendable {
    /// One attributed statement's verb, where it stands.
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

    /// What the tally counts uses by.
    private struct Key: Hashable, Sendable {
        let verb: String
        let stance: ReportingVerb.Stance
        let party: Party
    }

    private var tally: [Key: Int] = [:]

    /// How many attributed statements with a reporting verb are counted.
    package private(set) var statements = 0

    /// The uses of an article, or of the section of it that is read.
    package init(_ article: ReviewedArticle) {
        self.init(Self.uses(in: article.reading))
    }

    init(_ section: SectionReading) {
        self.init(Self.uses(in: section))
    }

    private init(_ uses: [Use]) {
        for use in uses { tally[Key(verb: use.verb, stance: use.stance, party: use.party), default: 0] += 1 }
        statements = uses.count
    }

    private init(tally: [Key: Int]) {
        self.tally = tally
        statements = tally.values.reduce(0, +)
    }

    /// Every attributed statement with a reporting verb in the article, or the section of it
    /// that is read, in text order, third parties included.
    package static func uses(in article: ReviewedArticle) -> [Use] {
        uses(in: article.reading)
    }

    private static func uses(in article: SectionReading) -> [Use] {
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
        return uses
    }

    /// Whether no statement is counted.
    package var isEmpty: Bool { statements == 0 }

    /// The uses for one belligerent's parties.
    package func side(_ side: Belligerent) -> VerbUsage {
        VerbUsage(tally: tally.filter { $0.key.party.belligerent == side })
    }

    /// The uses of several articles together, for an outlet's totals.
    package init(combining usages: [VerbUsage]) {
        for usage in usages { tally.merge(usage.tally, uniquingKeysWith: +) }
        statements = usages.reduce(0) { $0 + $1.statements }
    }

    package func count(_ stance: ReportingVerb.Stance) -> Int {
        tally.reduce(0) { $0 + ($1.key.stance == stance ? $1.value : 0) }
    }

    /// The share of uses with this stance; nil with no uses.
    package func share(_ stance: ReportingVerb.Stance) -> Double? {
        isEmpty ? nil : Double(count(stance)) / Double(statements)
    }

    /// The verbs of one stance with their counts, most used first, then alphabetically.
    package func verbs(_ stance: ReportingVerb.Stance) -> [Count] {
        var counts: [String: Int] = [:]
        for (key, count) in tally where key.stance == stance { counts[key.verb, default: 0] += count }
        return counts.map { Count(word: $0.key, count: $0.value) }.sorted { ($1.count, $0.word) < ($0.count, $1.word) }
    }
}
