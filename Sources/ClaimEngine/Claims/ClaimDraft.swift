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
    package var status: CeasefireStatus? = nil
    package var time: String? = nil
    /// The typing rule's name, e.g. `attack-passive`.
    package let rule: String
    /// Where the trigger stands, for text order.
    package let anchor: Int

    package init(kind: ClaimKind, rule: String, anchor: Int) {
        self.kind = kind
        self.rule = rule
        self.anchor = anchor
    }

    /// The values that make two claims of one sentence and party the same claim.
    package var identity: String {
        "\(kind.rawValue)|\(aggressor?.rawValue ?? "")|\(victim?.rawValue ?? "")|\(outcome?.rawValue ?? "")|\(status?.rawValue ?? "")"
    }
}
