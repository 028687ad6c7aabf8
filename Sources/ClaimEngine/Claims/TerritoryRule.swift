import NewsText

/// Ground lost or taken: `Azerbaijani forces seized two Armenian positions`,
/// `our units liberated six villages`, `Armenia lost control of Hadrut`.
///
/// The victim is the side that lost the ground: the side named on the place ("Armenian
/// positions"), else the opponent of whoever took it, else whoever lost it.
package struct TerritoryRule: ClaimRule {
    package let kind = ClaimKind.territory

    package init() {}

    package func drafts(in context: StatementContext) -> [ClaimDraft] {
        var drafts: [ClaimDraft] = []
        let triggers = context.triggers { if case .territory = $0 { true } else { false } }
        for found in triggers {
            guard case .territory(let seized) = found.sense, let run = context.run(of: found.mention.start) else { continue }
            let trigger = found.mention
            guard let object = placeObject(after: trigger, in: run, context) else { continue }
            var draft = ClaimDraft(kind: .territory, rule: seized ? "territory-seized" : "territory-lost", anchor: trigger.start)
            draft.outcome = .positionsLost
            let taker = context.side(before: trigger.start, notBefore: run.lowerBound)?.side
            if let owner = context.side(before: object.lowerBound, notBefore: max(trigger.end, object.lowerBound - 3)) {
                draft.victim = Victim(owner.side, civilian: false)
            } else if let taker {
                draft.victim = Victim(seized ? taker.opponent : taker, civilian: false)
            } else if let own = context.speakerSide {
                draft.victim = Victim(seized ? own.opponent : own, civilian: false)
            }
            draft.count = context.mentions.counts.last {
                $0.tokens.upperBound <= object.lowerBound && $0.tokens.lowerBound >= trigger.end
            }
            draft.negated = context.statement.isDenial || context.isNegated(before: trigger.start)
            if !drafts.contains(where: { $0.identity == draft.identity }) { drafts.append(draft) }
        }
        return drafts
    }

    /// The ground named within a few words after the trigger: a place noun or a place name.
    private func placeObject(after trigger: Mention<[Trigger]>, in run: Range<Int>, _ context: StatementContext) -> Range<Int>? {
        let window = trigger.end..<min(run.upperBound, trigger.end + 6)
        let noun = context.mentions.nouns.first { window.contains($0.start) }
        if let noun, noun.value == .place { return noun.tokens }
        if noun?.value.isPeople == true { return nil }
        return context.mentions.places.first { window.contains($0.start) }?.tokens
    }
}
