import Lexicons
/// What a typing rule finds in a statement: the kind and the values, before the typer adds
/// who said it, when and where.
package struct ClaimDraft: Sendable, Equatable {
    package let kind: ClaimKind
    package var aggressor: Belligerent? = nil
    package var target: Belligerent? = nil
    package var negated = false
    package var victim: Victim? = nil
    package var outcome: Outcome? = nil
    package var count: CountMention? = nil
    /// Other outcomes `count` also covers: "killed or went missing" (`Claim.mergedOutcomes`).
    package var mergedOutcomes: [Outcome] = []
    package var status: CeasefireStatus? = nil
    package var time: StatedTime? = nil
    /// The typing rule that read the draft.
    package let rule: TypingRule
    /// Where the trigger stands, for text order.
    package let anchor: Int
    /// The words that carry the claim (the trigger), when they are not only the anchor: a
    /// partial quote around them makes reported speech direct.
    package var words: Range<Int>? = nil
    /// A standing state, not an event ("the Armenian-occupied districts"): it has no date.
    package var isStanding = false
    /// An attack told as a later phase of fighting under way ("the resumed offensive").
    package var resumes = false

    package init(kind: ClaimKind, rule: TypingRule, anchor: Int) {
        self.kind = kind
        self.rule = rule
        self.anchor = anchor
    }

    /// Whether two attack drafts can be one attack told twice: the same attacker and target
    /// where both name one, and the same polarity.
    package func isCompatible(with other: ClaimDraft) -> Bool {
        kind == other.kind && negated == other.negated
            && (aggressor == nil || other.aggressor == nil || aggressor == other.aggressor)
            && (target == nil || other.target == nil || target == other.target)
    }

    /// The values that make two claims of one sentence and party the same claim.
    package var identity: String {
        "\(kind.rawValue)|\(aggressor?.rawValue ?? "")|\(victim?.rawValue ?? "")|\(outcome?.rawValue ?? "")|\(status?.rawValue ?? "")"
    }
}
