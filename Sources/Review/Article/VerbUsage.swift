import Lexicons
import NewsText

/// The reporting verbs an article uses to introduce what each party says, one per attributed
/// statement ("Baku claimed …" once, however many claims it carries, and once when it
/// carries none the extractor could type).
///
/// `Armenia said …; Baku claimed …` gives Armenia one neutral verb and Azerbaijan one
/// doubting verb: the article treats the two sides unevenly.
///
/// Kept as a tally — how often each side's parties are given each verb — not a list of uses, so an
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

    /// How often one side's parties (nil: third parties) are given one verb: 24 bytes, as a
    /// corpus keeps a few per article. Kept by side, not party — the figures compare sides —
    /// so a ministry and a government of one side share an entry.
    private struct Tallied: Sendable {
        let verb: String
        let stance: ReportingVerb.Stance
        let side: Belligerent?
        let count: UInt32
    }

    /// In verb, stance and side order: a few entries an article, where a dictionary's table
    /// would cost a kilobyte for each article of a corpus.
    private let tally: [Tallied]

    /// How many attributed statements with a reporting verb are counted.
    package let statements: Int

    /// The uses of an article, or of the section of it that is read.
    package init(_ article: ReviewedArticle) {
        self.init(article.reading)
    }

    init(_ section: SectionReading) {
        var counts: [Key: Int] = [:]
        for use in Self.uses(in: section) { counts[Key(verb: use.verb, stance: use.stance, side: use.party.belligerent), default: 0] += 1 }
        self.init(counts)
    }

    /// The uses of several articles together, for an outlet's totals.
    package init(combining usages: [VerbUsage]) {
        if usages.count == 1 {
            self = usages[0]
            return
        }
        var counts: [Key: Int] = [:]
        for usage in usages {
            for entry in usage.tally { counts[Key(verb: entry.verb, stance: entry.stance, side: entry.side), default: 0] += Int(entry.count) }
        }
        self.init(counts)
    }

    private init(_ counts: [Key: Int]) {
        // Held exactly: the tally outlives the article by the whole run.
        var tally: [Tallied] = []
        tally.reserveCapacity(counts.count)
        for (key, count) in counts { tally.append(Tallied(verb: key.verb, stance: key.stance, side: key.side, count: UInt32(count))) }
        tally.sort { ($0.verb, $0.stance.rawValue, $0.side?.rawValue ?? "") < ($1.verb, $1.stance.rawValue, $1.side?.rawValue ?? "") }
        self.init(tally: tally)
    }

    private init(tally: [Tallied]) {
        self.tally = tally
        statements = tally.reduce(0) { $0 + Int($1.count) }
    }

    /// What the tally counts uses by, while it is made.
    private struct Key: Hashable {
        let verb: String
        let stance: ReportingVerb.Stance
        let side: Belligerent?
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
        VerbUsage(tally: tally.filter { $0.side == side })
    }

    package func count(_ stance: ReportingVerb.Stance) -> Int {
        tally.reduce(0) { $0 + ($1.stance == stance ? Int($1.count) : 0) }
    }

    /// The share of uses with this stance; nil with no uses.
    package func share(_ stance: ReportingVerb.Stance) -> Double? {
        isEmpty ? nil : Double(count(stance)) / Double(statements)
    }

    /// The verbs of one stance with their counts, most used first, then alphabetically.
    package func verbs(_ stance: ReportingVerb.Stance) -> [Count] {
        var counts: [String: Int] = [:]
        for entry in tally where entry.stance == stance { counts[entry.verb, default: 0] += Int(entry.count) }
        return counts.map { Count(word: $0.key, count: $0.value) }.sorted { ($1.count, $0.word) < ($0.count, $1.word) }
    }
}
