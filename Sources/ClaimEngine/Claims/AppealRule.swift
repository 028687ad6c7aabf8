import NewsText

/// Calls for restraint, de-escalation, a ceasefire or talks, made by a party.
///
/// `Moscow urged both sides to exercise restraint`, `Guterres called for an immediate
/// ceasefire`, `Lavrov said both sides must return to talks`. The narrator never appeals.
package struct AppealRule: ClaimRule {
    package let kind = ClaimKind.appeal

    package init() {}

    package func drafts(in context: StatementContext) -> [ClaimDraft] {
        guard Self.isAppeal(context) else { return [] }
        let anchor = context.statement.verb?.start ?? context.statement.content.first?.lowerBound ?? 0
        return [ClaimDraft(kind: .appeal, rule: "appeal", anchor: anchor)]
    }

    /// A party asks for restraint or talks, or uses an appeal verb for a ceasefire.
    static func isAppeal(_ context: StatementContext) -> Bool {
        guard context.statement.speaker.party != .narrator, !context.statement.isDenial else { return false }
        if !context.triggers(where: { $0 == .appeal }).isEmpty { return true }
        return context.statement.verb?.value.pattern == .appeal && !context.triggers(where: { $0 == .truce }).isEmpty
    }
}
