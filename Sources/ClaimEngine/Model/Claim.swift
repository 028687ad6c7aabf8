import NewsText

/// One typed, attributed claim with the evidence for it: the output of the extractor.
package struct Claim: Sendable {
    package let document: String
    /// 1-based position of the claim in its document.
    package var number: Int
    package let party: Party
    /// The speaker phrase as written ("Armenia's defence ministry"), nil for the narrator.
    package let speaker: String?
    package let mode: Mode
    /// The reporting verb as written ("claimed"), nil when there is none.
    package let verb: String?
    package let kind: ClaimKind
    package let aggressor: Belligerent?
    package let target: Belligerent?
    package let negated: Bool
    package let victim: Victim?
    package let outcome: Outcome?
    package let count: CountMention?
    package let date: EventDate?
    /// Where the date comes from: the sentence's own words, or — for a clock time with no
    /// day, or a signed post — the day the article or the post was published.
    package var dateSource: DateSource = .stated
    /// Place names in the sentence, as written, in text order.
    package let places: [String]
    /// The ceasefire's reported state, for ceasefire claims.
    package let status: CeasefireStatus?
    /// A ceasefire's start time, `HH:MM` (UTC when the sentence names a zone).
    package let time: String?
    /// The extraction rules that produced the claim, `attribution/typing` ("indirect-speech/attack-active").
    package let rule: String
    /// The sentence that carries the claim.
    package let sentence: ByteRange

    package var side: PartySide { party.side }
    package var id: String { "\(document)#\(number)" }
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
