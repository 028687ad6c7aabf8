import NewsText

/// Ceasefires: agreed, in force, violated, or named; with the start time when given.
///
/// `A ceasefire agreed in Moscow took effect from 12:00 local time (0800 GMT) on Saturday`
/// → in force, 08:00 UTC. A call for a ceasefire is an appeal, not a ceasefire claim.
package struct CeasefireRule: ClaimRule {
    package let kind = ClaimKind.ceasefire

    package init() {}

    package func drafts(in context: StatementContext) -> [ClaimDraft] {
        let truces = context.triggers { $0 == .truce }
        guard let first = truces.first else { return [] }
        let statuses = context.triggers { if case .ceasefireStatus = $0 { true } else { false } }
        var drafts: [ClaimDraft] = []
        for status in statuses {
            guard case .ceasefireStatus(let value) = status.sense,
                truces.contains(where: { abs($0.mention.start - status.mention.start) <= 10 })
            else { continue }
            drafts.append(draft(value, anchor: status.mention.start, context))
        }
        if drafts.isEmpty && !AppealRule.isAppeal(context) {
            drafts.append(draft(.mentioned, anchor: first.mention.start, context))
        }
        var unique: [ClaimDraft] = []
        for draft in drafts where !unique.contains(where: { $0.identity == draft.identity }) { unique.append(draft) }
        return unique
    }

    private func draft(_ status: CeasefireStatus, anchor: Int, _ context: StatementContext) -> ClaimDraft {
        var draft = ClaimDraft(kind: .ceasefire, rule: "ceasefire-\(status.rawValue)", anchor: anchor)
        draft.status = status
        draft.negated = context.statement.isDenial
        draft.time = context.eventTime()
        return draft
    }
}
