import Lexicons
import NewsText

/// Whose the losses are: the side named with the people, the side whose attack they came
/// from, the subject, the place they fell, else the speaker's own side.
extension CasualtiesRule {
    func victim(
        people: Mention<NounClass>?, trigger: Mention<[Trigger]>, lower: Int, _ context: StatementContext
    ) -> Victim? {
        let civilian = people?.value == .civilian
        if let people, let side = context.side(before: people.start, notBefore: max(lower, people.start - 4)) {
            return Victim(side.side, civilian: civilian)
        }
        if let people, people.end < context.tokens.count, let side = context.side(after: people.end, before: people.end + 3),
            FunctionWords.belonging.contains(context.tokens[people.end].key)
        {
            return Victim(side.side, civilian: civilian)  // "soldiers of the Armenian army", "people on the Armenian side"
        }
        // "wounded one Azerbaijani": a demonym used for a person, after a count.
        if people == nil, let side = demonymAfterCount(trigger, context) {
            return Victim(side, civilian: false)
        }
        // "eight people were killed when the Azerbaijani military fired rockets": the dead are
        // the other side's, civilians unless named soldiers.
        if let attacker = attacker(after: trigger, context) {
            return Victim(attacker.opponent, civilian: people.map { $0.value != .military } ?? false)
        }
        let anchor = people.map { min($0.start, trigger.start) } ?? trigger.start
        if let subject = context.side(before: anchor, notBefore: lower), !isAgent(subject.tokens, context) {
            // "Armenian shells hit their house, killing five": the attacker's opponent lost them.
            let side = isAttacker(subject.tokens, context) ? subject.side.opponent : subject.side
            return Victim(side, civilian: civilian)
        }
        // "both sides report losses": with neither side named, no one side's.
        if context.statement.isMutual { return nil }
        // "31 people were killed … in Artsakh", "two of them are from Armenia's Massis region":
        // the side where they fell or came from.
        if let run = context.run(of: trigger.start),
            let place = (trigger.end..<run.upperBound).first(where: { FunctionWords.origins.contains(context.tokens[$0].key) }),
            let side = context.sides.first(where: { $0.tokens.lowerBound == place + 1 }),
            // a land ("in Artsakh"), not an attacker ("in an Azerbaijani attack")
            context.mentions.parties.contains(where: { $0.start == place + 1 && ($0.value.role == .state || $0.value.role == .capital) })
        {
            return Victim(side.side, civilian: civilian)
        }
        // "killed in fighting between Armenian and Azerbaijani forces": the two sides named
        // together after the loss, so the dead are not the speaker's side alone.
        if let run = context.run(of: trigger.start),
            context.sides.contains(where: { side in
                (trigger.end..<min(run.upperBound, trigger.end + 8)).contains(side.tokens.lowerBound) && context.isPaired(side.tokens)
            })
        {
            return nil
        }
        guard let own = context.speakerSide else { return nil }
        return Victim(own, civilian: civilian)
    }

    /// The side whose attack a loss followed, in a clause or phrase right after the loss word:
    /// "killed when the Armenian military fired missiles", "wounded after Azerbaijani forces
    /// shelled", "wounded during the Azerbaijani attack on …", "killed in an Armenian drone strike".
    func attacker(after trigger: Mention<[Trigger]>, _ context: StatementContext) -> Belligerent? {
        guard let run = context.run(of: trigger.start),
            let join = (trigger.end..<min(run.upperBound, trigger.end + 4)).first(where: {
                FunctionWords.lossCauses.contains(context.tokens[$0].key)
            }),
            let side = context.sides.first(where: { $0.tokens.lowerBound > join && $0.tokens.lowerBound <= join + 3 }),
            isAttacker(side.tokens, context)
        else { return nil }
        return side.side
    }

    /// A side word just before an attack ("Azerbaijani shelling killed …", "Armenian armed
    /// forces fired a missile …, killing ten") names the attacker, not the victim.
    func isAttacker(_ side: Range<Int>, _ context: StatementContext) -> Bool {
        context.mentions.triggers.contains { mention in
            // "two enemy saboteurs were neutralized": the subject of a passive is attacked.
            mention.start >= side.upperBound && mention.start <= side.upperBound + 3 && !context.isPassive(mention.start)
                && mention.value.contains { trigger in
                    if case .attack(let word) = trigger.sense { word == .verb || word == .event || word == .noun || word == .intrusion || word == .damage } else { false }
                }
        }
    }

    /// A side after "by" or "from" is the agent of a passive ("captured by the enemy"); the
    /// "by" is in the same sentence, never the last word of the paragraph before.
    func isAgent(_ side: Range<Int>, _ context: StatementContext) -> Bool {
        let first = context.mentions.sentence.tokens.lowerBound
        var index = side.lowerBound - 1
        while index >= first && context.tokens[index].key == FunctionWords.the { index -= 1 }
        return index >= first && (context.tokens[index].key == FunctionWords.by || context.tokens[index].key == FunctionWords.from)
    }

    /// The side of a demonym counted right after a trigger: "wounded one Azerbaijani".
    func demonymAfterCount(_ trigger: Mention<[Trigger]>, _ context: StatementContext) -> Belligerent? {
        guard let count = context.mentions.counts.first(where: { $0.tokens.lowerBound >= trigger.end && $0.tokens.lowerBound - trigger.end <= 2 })
        else { return nil }
        return context.sides.first { $0.tokens.lowerBound == count.tokens.upperBound }?.side
    }
}
