import Lexicons
import NewsText

/// What one party says in one sentence: the output of attribution.
package struct Statement: Sendable {
    package private(set) var speaker: Speaker
    package let mode: Mode
    /// The reporting verb, if the sentence has one for this statement.
    package let verb: Mention<ReportingVerb>?
    /// The tokens of what is said (one or more runs inside the sentence).
    package private(set) var content: [Range<Int>]
    /// Which attribution rule produced the statement.
    package let rule: AttributionRule
    /// The tokens that name the speaker, when they are in the same sentence.
    package let speakerTokens: Range<Int>?
    /// Said by each belligerent of the other: "the two sides blamed each other", "Armenia and
    /// Azerbaijan traded accusations".
    package var isMutual = false
    /// When a signed post was made (its signature line's date), for claims whose sentence
    /// names no day: "Our positions are under fire. — Shushan Stepanyan … September 27, 2020".
    package var postedOn: EventDate? = nil
    /// For a verb joined to the clause before it ("…, but immediately accused"), where that
    /// clause ends: the writer's own words.
    package var leadEnd: Int? = nil

    package init(
        speaker: Speaker, mode: Mode, verb: Mention<ReportingVerb>?, content: [Range<Int>], rule: AttributionRule,
        speakerTokens: Range<Int>? = nil
    ) {
        self.speaker = speaker
        self.mode = mode
        self.verb = verb
        self.content = content
        self.rule = rule
        self.speakerTokens = speakerTokens
    }

    /// The same statement saying different words; all else, where its lead ends included, kept.
    package func with(content: [Range<Int>]) -> Statement {
        var statement = self
        statement.content = content
        return statement
    }

    /// The same words said by another speaker ("Armenia and Azerbaijan accused …" is said by
    /// each); all else kept.
    package func with(speaker: Speaker) -> Statement {
        var statement = self
        statement.speaker = speaker
        return statement
    }

    /// Whether the speaker denies what the content says.
    package var isDenial: Bool { verb?.value.pattern == .deny }

    /// The words after a denial's verb that may name the account it denies: "denied
    /// Azerbaijani reports", "dismissed the Armenian side's claims".
    package var deniedObject: Range<Int>? {
        guard isDenial, let verb else { return nil }
        return verb.end..<(verb.end + Self.objectLength)
    }

    /// The most words an account's name takes after a denial's verb.
    private static let objectLength = 5
}
