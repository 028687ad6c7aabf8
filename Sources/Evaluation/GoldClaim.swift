import ClaimEngine
import Lexicons
import NewsText

/// One gold claim of `labels/<id>.json` after validation: every value typed, and the places
/// in the article body where its quote stands.
///
/// From
///
///     {"party": "armenia-mod", "side": "armenia", "mode": "indirect", "kind": "casualties",
///      "aggressor": null, "target": null, "negated": false, "victim": "armenia",
///      "outcome": "killed", "count": {"min": 45, "max": 49}, "date": "2022-09-12",
///      "quote": "nearly 50 of its soldiers had been killed"}
///
/// comes a claim whose `count` is 45…49 and whose `quoteRanges` are the byte ranges of
/// "nearly 50 of its soldiers had been killed" in the body.
package struct GoldClaim: Sendable, Equatable {
    package let party: Party
    package let mode: Mode
    package let kind: ClaimKind
    package let aggressor: Belligerent?
    package let target: Belligerent?
    package let negated: Bool
    package let victim: Victim?
    package let outcome: Outcome?
    package let count: CountInterval?
    package let date: EventDate?
    package let quote: String
    /// Every occurrence of the quote in the article body, in text order; never empty.
    package let quoteRanges: [ByteRange]

    package init(
        party: Party, mode: Mode, kind: ClaimKind, aggressor: Belligerent?, target: Belligerent?, negated: Bool,
        victim: Victim?, outcome: Outcome?, count: CountInterval?, date: EventDate?, quote: String, quoteRanges: [ByteRange]
    ) {
        self.party = party
        self.mode = mode
        self.kind = kind
        self.aggressor = aggressor
        self.target = target
        self.negated = negated
        self.victim = victim
        self.outcome = outcome
        self.count = count
        self.date = date
        self.quote = quote
        self.quoteRanges = quoteRanges
    }
}
