import NewsText

/// Who attacked whom.
///
/// - active: `Azerbaijani forces shelled Jermuk` — the side before the verb attacked;
/// - passive: `Armenian positions came under fire from Azerbaijani forces` — the side after
///   `by`/`from` attacked, the side before was attacked;
/// - nominal: `Azerbaijan's aggressive acts`, `Armenian provocations`, `aggression by Baku`;
/// - accusations: `Baku accused Yerevan of shelling Tartar` — Yerevan attacked;
/// - denials: `the ministry denied that its troops opened fire` — negated, and a denied
///   attack with no side named is the speaker's own;
/// - the time of day the attack began, when the sentence gives one (`at 08:10 local time`).
package struct AttackRule: ClaimRule {
    package let kind = ClaimKind.attack

    package init() {}

    package func drafts(in context: StatementContext) -> [ClaimDraft] {
        let triggers = context.triggers { if case .attack = $0 { true } else { false } }
        var drafts: [ClaimDraft] = []
        for (index, found) in triggers.enumerated() {
            guard case .attack(let voice) = found.sense, let run = context.run(of: found.mention.start) else { continue }
            let trigger = found.mention
            // The window of this trigger: from the previous attack trigger to the next one.
            let lower = index > 0 ? max(run.lowerBound, triggers[index - 1].mention.end) : run.lowerBound
            let upper = index + 1 < triggers.count ? min(run.upperBound, triggers[index + 1].mention.start) : run.upperBound
            var draft = ClaimDraft(kind: .attack, rule: "attack-\(voice.rawValue)", anchor: trigger.start)
            let agent = agentAfter(trigger, upTo: upper, context)
            switch voice {
            case .active:
                draft.aggressor = context.side(before: trigger.start, notBefore: lower)?.side
                draft.target = context.side(after: trigger.end, before: upper)?.side
            case .passive:
                draft.target = context.side(before: trigger.start, notBefore: lower)?.side
                draft.aggressor = agent
            case .nominal:
                let modifier = context.side(before: trigger.start, notBefore: max(lower, trigger.start - 3))
                draft.aggressor = agent ?? modifier?.side ?? subject(before: trigger, notBefore: lower, context)
                let objectStart = agent == nil ? trigger.end : trigger.end + 2
                draft.target = context.side(after: objectStart, before: upper)?.side
            }
            draft.negated = context.statement.isDenial || context.isNegated(before: trigger.start)
            draft.time = context.eventTime(introduced: true)
            if draft.negated && draft.aggressor == nil { draft.aggressor = context.speakerSide }
            if draft.target == draft.aggressor { draft.target = nil }
            // A belligerent saying the other side attacked means it was attacked itself.
            if draft.target == nil, !draft.negated, let aggressor = draft.aggressor, context.speakerSide == aggressor.opponent {
                draft.target = context.speakerSide
            }
            guard draft.aggressor != nil || draft.target != nil else { continue }
            // "shelled Stepanakert, launching an offensive": one attack, told twice.
            if let same = drafts.firstIndex(where: { $0.identity == draft.identity && ($0.target == nil || draft.target == nil || $0.target == draft.target) }) {
                if drafts[same].target == nil { drafts[same].target = draft.target }
                continue
            }
            drafts.append(draft)
        }
        return drafts
    }

    /// The side that is the clause's subject before a nominal trigger ("Azerbaijani forces
    /// shelled …, launching an offensive"), but not a side that only describes people who
    /// suffered ("50 Armenian servicemen were killed in the assault").
    private func subject(before trigger: Mention<[Trigger]>, notBefore lower: Int, _ context: StatementContext) -> Belligerent? {
        guard let side = context.side(before: trigger.start, notBefore: lower) else { return nil }
        let describesPeople = context.mentions.nouns.contains { $0.start == side.tokens.upperBound && $0.value.isPeople }
        return describesPeople ? nil : side.side
    }

    /// The side named after `by` or `from` right after the trigger: `aggression by Azerbaijan`.
    private func agentAfter(_ trigger: Mention<[Trigger]>, upTo upper: Int, _ context: StatementContext) -> Belligerent? {
        var index = trigger.end
        while index < min(upper, trigger.end + 3) {
            let key = context.tokens[index].key
            if key == FunctionWords.by || key == FunctionWords.from {
                return context.side(after: index + 1, before: min(upper, index + 5))?.side
            }
            index += 1
        }
        return nil
    }
}
