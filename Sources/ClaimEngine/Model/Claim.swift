import Lexicons
import NewsText

/// One typed, attributed claim with the evidence for it: the output of the extractor.
///
/// A claim is immutable, and its fields live in one shared object: the many places that hold
/// it — its article, its incident, the background, the pages — hold a reference rather than a
/// copy of some twenty fields, so a corpus's claims cost memory once. Read a field as a
/// property (`claim.kind`); `Fields` documents each field.
package struct Claim: Sendable {
    package struct Fields: Sendable {
        // Laid out for a corpus that holds one `Fields` per claim: widest first, as Swift lays
        // a struct out in declaration order and pads each field to its alignment; counters in
        // 32 bits; each optional span as a plain range and a bit, and the flags as bits, where
        // optionals and Bools would each take a byte and padding; the date in 7 bytes. What three
        // claims in four lack — a count, a clock time, merged outcomes — is kept apart (`Rare`).
        // The speaker phrase and the verb are kept as their spans, not as text: a corpus
        // command keeps the text they stand in (`ArticleRecord`). The object (header and
        // fields) fits glibc's 96-byte chunk; the document's name is its article's, not each claim's.
        /// The places the sentence names, each name as written once, in text order, with the
        /// place it stands for.
        package let places: [PlaceReference]
        private let rare: Rare?
        /// The sentence that carries the claim.
        package let sentence: ByteRange
        private let storedNumber: Int32
        private let storedStatement: Int32
        private let storedSpeakerSpan: ByteRange
        private let storedVerbSpan: ByteRange
        private let storedDate: StoredDate?
        /// Where the date comes from: the sentence's own words, or — for a clock time with no
        /// day, or a signed post — the day the article or the post was published.
        package let dateSource: DateSource
        /// The ceasefire's reported state, for ceasefire claims.
        package let status: CeasefireStatus?
        package let party: Party
        package let mode: Mode
        /// What the verb does to the account (`verbs.tsv`): neutral, doubt or credence.
        package let verbStance: ReportingVerb.Stance?
        package let kind: ClaimKind
        package let aggressor: Belligerent?
        package let target: Belligerent?
        package let victim: Victim?
        package let outcome: Outcome?
        private let flags: Flags
        /// The extraction rules that produced the claim, written `attribution/typing`
        /// ("indirect-speech/attack-verb-active").
        package let rule: ClaimRuleID

        package var negated: Bool { flags.contains(.negated) }
        /// The date names a night ("overnight", "on Monday night"), which straddles two
        /// calendar days: the event may belong to the day before or after.
        package var dateAtNight: Bool { flags.contains(.dateAtNight) }
        /// The attack is told as a later phase of fighting under way ("the resumed offensive",
        /// "shelled … again"), so it does not date the start of the fighting.
        package var resumes: Bool { flags.contains(.resumes) }
        /// Where the speaker phrase ("Armenia's defence ministry") stands in the body; nil for
        /// the narrator.
        package var speakerSpan: ByteRange? { flags.contains(.speakerSpan) ? storedSpeakerSpan : nil }
        /// Where the reporting verb ("claimed") stands in the body; nil when there is none.
        package var verbSpan: ByteRange? { flags.contains(.verbSpan) ? storedVerbSpan : nil }
        package var date: EventDate? { storedDate?.date }
        /// Other outcomes the count also covers, when the sentence gives one figure for two:
        /// "30 soldiers were killed or went missing" is a `killed` claim with `[.missing]`, so
        /// its 30 is never read as a plain death toll.
        package var mergedOutcomes: [Outcome] { rare?.mergedOutcomes ?? [] }

        /// The number of people or things the claim is about ("nearly 50"), for casualty and
        /// territory claims that give one.
        package var count: CountMention? { rare?.count }
        /// A ceasefire's start time, `HH:MM` (UTC when the sentence names a zone).
        package var time: StatedTime? { rare?.time }

        /// 1-based position of the claim in its document.
        package var number: Int { Int(storedNumber) }
        /// Which of its sentence's statements (`ArticleAnalysis.statements`) the claim was
        /// read from, by position.
        package var statement: Int { Int(storedStatement) }

        /// Every field; what a test leaves out is what a bare narrator claim has.
        package init(
            number: Int, party: Party, speakerSpan: ByteRange? = nil,
            mode: Mode = .unattributed, verbSpan: ByteRange? = nil,
            verbStance: ReportingVerb.Stance? = nil, kind: ClaimKind, aggressor: Belligerent? = nil,
            target: Belligerent? = nil, negated: Bool = false, victim: Victim? = nil, outcome: Outcome? = nil,
            count: CountMention? = nil, mergedOutcomes: [Outcome] = [], date: EventDate? = nil,
            dateSource: DateSource = .stated, dateAtNight: Bool = false, places: [PlaceReference] = [],
            resumes: Bool = false, status: CeasefireStatus? = nil, time: StatedTime? = nil, rule: ClaimRuleID,
            sentence: ByteRange, statement: Int = 0
        ) {
            self.storedNumber = Int32(clamping: number)
            self.party = party
            self.storedSpeakerSpan = speakerSpan ?? ByteRange(0, 0)
            self.mode = mode
            self.storedVerbSpan = verbSpan ?? ByteRange(0, 0)
            self.verbStance = verbStance
            self.kind = kind
            self.aggressor = aggressor
            self.target = target
            self.victim = victim
            self.outcome = outcome
            self.rare = count == nil && time == nil && mergedOutcomes.isEmpty
                ? nil : Rare(count: count, time: time, mergedOutcomes: mergedOutcomes)
            self.storedDate = date.map(StoredDate.init)
            self.dateSource = dateSource
            self.places = places
            self.status = status
            self.rule = rule
            self.sentence = sentence
            self.storedStatement = Int32(clamping: statement)
            var flags: Flags = []
            if negated { flags.insert(.negated) }
            if dateAtNight { flags.insert(.dateAtNight) }
            if resumes { flags.insert(.resumes) }
            if speakerSpan != nil { flags.insert(.speakerSpan) }
            if verbSpan != nil { flags.insert(.verbSpan) }
            self.flags = flags
        }

        private struct Flags: OptionSet, Sendable {
            let rawValue: UInt8
            static let negated = Flags(rawValue: 1 << 0)
            static let dateAtNight = Flags(rawValue: 1 << 1)
            static let resumes = Flags(rawValue: 1 << 2)
            static let speakerSpan = Flags(rawValue: 1 << 3)
            static let verbSpan = Flags(rawValue: 1 << 4)
        }

        /// An `EventDate` in 7 bytes rather than 17: a month's year and number stored narrow,
        /// as a day's are.
        private enum StoredDate: Sendable {
            case day(CalendarDate)
            case month(year: Int32, month: UInt8)

            init(_ date: EventDate) {
                switch date {
                case .day(let day): self = .day(day)
                case .month(let year, let month): self = .month(year: Int32(clamping: year), month: UInt8(clamping: month))
                }
            }

            var date: EventDate {
                switch self {
                case .day(let day): .day(day)
                case .month(let year, let month): .month(year: Int(year), month: Int(month))
                }
            }
        }
    }

    private let shared: Shared

    package init(_ fields: Fields) {
        shared = Shared(fields)
    }

    package var number: Int { shared.fields.number }
    package var party: Party { shared.fields.party }
    package var speakerSpan: ByteRange? { shared.fields.speakerSpan }
    package var mode: Mode { shared.fields.mode }
    package var verbSpan: ByteRange? { shared.fields.verbSpan }
    package var verbStance: ReportingVerb.Stance? { shared.fields.verbStance }
    package var kind: ClaimKind { shared.fields.kind }
    package var aggressor: Belligerent? { shared.fields.aggressor }
    package var target: Belligerent? { shared.fields.target }
    package var negated: Bool { shared.fields.negated }
    package var victim: Victim? { shared.fields.victim }
    package var outcome: Outcome? { shared.fields.outcome }
    package var count: CountMention? { shared.fields.count }
    package var mergedOutcomes: [Outcome] { shared.fields.mergedOutcomes }
    package var date: EventDate? { shared.fields.date }
    package var dateSource: DateSource { shared.fields.dateSource }
    package var dateAtNight: Bool { shared.fields.dateAtNight }
    package var places: [PlaceReference] { shared.fields.places }
    package var resumes: Bool { shared.fields.resumes }
    package var status: CeasefireStatus? { shared.fields.status }
    package var time: StatedTime? { shared.fields.time }
    package var rule: ClaimRuleID { shared.fields.rule }
    package var sentence: ByteRange { shared.fields.sentence }
    package var statement: Int { shared.fields.statement }

    /// The speaker phrase as written in `article`, the claim's article ("Armenia's defence
    /// ministry"); nil for the narrator.
    package func speaker(in article: Article) -> String? { speakerSpan.map(article.text) }
    /// The reporting verb as written in `article`, the claim's article ("claimed"); nil when
    /// there is none.
    package func verb(in article: Article) -> String? { verbSpan.map(article.text) }

    package var side: PartySide { party.side }
    /// The claim's id in the extract contract, `<document>#<n>`: a claim does not hold its
    /// document's name — the article that holds the claim does — so every claim of a corpus is
    /// 16 bytes smaller.
    package func id(in document: String) -> String { "\(document)#\(number)" }

    /// The fields only some claims have, in an object of their own — a claim in four of real
    /// text gives a count — which fits glibc's 96-byte chunk, as its count, clock and bounds are
    /// stored narrow (`CountMention`, `ClockTime`, `CountInterval`).
    fileprivate final class Rare: Sendable {
        let count: CountMention?
        let time: StatedTime?
        let mergedOutcomes: [Outcome]

        init(count: CountMention?, time: StatedTime?, mergedOutcomes: [Outcome]) {
            self.count = count
            self.time = time
            self.mergedOutcomes = mergedOutcomes
        }
    }

    private final class Shared: Sendable {
        let fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }
}

/// Where a claim's date comes from.
package enum DateSource: Sendable, Equatable {
    /// A day, month or relative day the sentence names: "on Tuesday", "on 27 September".
    case stated
    /// The publication day, for a clock time with no day ("at 05:20"): a day, but not one the
    /// text gives.
    case published
    /// A signed post's signature line.
    case posted
}
