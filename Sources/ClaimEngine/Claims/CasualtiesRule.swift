import NewsText

/// Losses of people: who, what happened to them, and how many.
///
/// `nearly 50 of its soldiers had been killed` → victim the speaker's side, killed, 45…49;
/// `7 servicemen were killed and 10 wounded` → two claims. The victim is the side named
/// next to the people ("Armenian soldiers", "our servicemen", "enemy troops"), else the side
/// that is the subject ("Armenia lost 49 soldiers"), else — for a belligerent speaking — its
/// own side. Civilians are told apart from soldiers.
package struct CasualtiesRule: ClaimRule {
    package let kind = ClaimKind.casualties

    package init() {}

    package func drafts(in context: StatementContext) -> [ClaimDraft] {
        var drafts: [ClaimDraft] = []
        var usedCounts: Set<Int> = []
        // "one civilian was killed and three were wounded": the second loss is of the same people.
        var lastPeople: Mention<NounClass>? = nil
        let triggers = context.triggers { if case .casualties = $0 { true } else { false } }
        for (index, found) in triggers.enumerated() {
            guard case .casualties(let outcome, let counted) = found.sense, let run = context.run(of: found.mention.start) else { continue }
            let trigger = found.mention
            let lower = index > 0 ? max(run.lowerBound, triggers[index - 1].mention.end) : run.lowerBound
            let upper = index + 1 < triggers.count ? min(run.upperBound, triggers[index + 1].mention.start) : run.upperBound
            if outcome == .captured && isTerritory(trigger, upTo: upper, context) { continue }
            // "the bodies of those killed", "the injured soldiers": people identified by a loss
            // already told, no loss reported.
            if trigger.start > 0, FunctionWords.identifying.contains(context.tokens[trigger.start - 1].key),
                context.forms[trigger.start].inflection == .past
            {
                continue
            }
            let named = peopleNoun(near: trigger, lower: lower, upper: upper, context)
            // "seized", "captured" are losses of people only when people are named.
            if named == nil && isTerritoryWord(trigger) { continue }
            let people = named ?? lastPeople
            lastPeople = people
            var draft = ClaimDraft(kind: .casualties, rule: "casualties-\(outcome.rawValue)", anchor: trigger.start)
            draft.outcome = outcome
            draft.victim = victim(people: people, trigger: trigger, lower: lower, context)
            if let count = count(people: people, trigger: trigger, lower: lower, upper: upper, used: usedCounts, context) {
                draft.count = count
                usedCounts.insert(count.tokens.lowerBound)
            } else if counted {
                continue  // "suffered casualties": no count, no outcome — not a claim
            }
            draft.negated = context.statement.isDenial || context.isNegated(before: trigger.start)
            if let existing = drafts.firstIndex(where: { $0.identity == draft.identity }) {
                if drafts[existing].count == nil && draft.count != nil { drafts[existing] = draft }
                continue
            }
            drafts.append(draft)
        }
        return drafts
    }

    /// "captured two positions": a territory claim, not prisoners. Only a word that can mean
    /// either ("captured", "seized") and is followed by its object, not "taken prisoner near Jabrayil".
    private func isTerritory(_ trigger: Mention<[Trigger]>, upTo upper: Int, _ context: StatementContext) -> Bool {
        guard isTerritoryWord(trigger), trigger.end < upper, !FunctionWords.prepositions.contains(context.tokens[trigger.end].key) else { return false }
        let window = trigger.end..<min(upper, trigger.end + 4)
        let noun = context.mentions.nouns.first { window.contains($0.start) }
        if let noun { return noun.value == .place }
        return context.mentions.places.contains { window.contains($0.start) }
    }

    private func isTerritoryWord(_ trigger: Mention<[Trigger]>) -> Bool {
        trigger.value.contains { if case .territory = $0.sense { true } else { false } }
    }

    /// The people the trigger is about: before it ("soldiers were killed") or after it
    /// ("killed two civilians").
    private func peopleNoun(
        near trigger: Mention<[Trigger]>, lower: Int, upper: Int, _ context: StatementContext
    ) -> Mention<NounClass>? {
        let people = context.mentions.nouns.filter { $0.value.isPeople && context.inContent($0.start) }
        let before = people.last { $0.end <= trigger.start && $0.start >= lower && trigger.start - $0.end <= 6 }
        let after = people.first { $0.start >= trigger.end && $0.start < upper && $0.start - trigger.end <= 5 }
        return before ?? after
    }

    private func victim(
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
        let anchor = people.map { min($0.start, trigger.start) } ?? trigger.start
        if let subject = context.side(before: anchor, notBefore: lower), !isAgent(subject.tokens, context) {
            // "Armenian shells hit their house, killing five": the attacker's opponent lost them.
            let side = isAttacker(subject.tokens, context) ? subject.side.opponent : subject.side
            return Victim(side, civilian: civilian)
        }
        guard let own = context.speakerSide else { return nil }
        return Victim(own, civilian: civilian)
    }

    /// A side word just before an attack ("Azerbaijani shelling killed …", "Armenian armed
    /// forces fired a missile …, killing ten") names the attacker, not the victim.
    private func isAttacker(_ side: Range<Int>, _ context: StatementContext) -> Bool {
        context.mentions.triggers.contains { mention in
            mention.start >= side.upperBound && mention.start <= side.upperBound + 3
                && mention.value.contains { trigger in
                    if case .attack(let word) = trigger.sense { word == .verb || word == .event || word == .noun || word == .intrusion || word == .damage } else { false }
                }
        }
    }

    /// A side after "by" or "from" is the agent of a passive ("captured by the enemy").
    private func isAgent(_ side: Range<Int>, _ context: StatementContext) -> Bool {
        var index = side.lowerBound - 1
        while index >= 0 && context.tokens[index].key == FunctionWords.the { index -= 1 }
        return index >= 0 && (context.tokens[index].key == FunctionWords.by || context.tokens[index].key == FunctionWords.from)
    }

    /// The count of the people: next to the noun ("49 soldiers", "nearly 50 of its
    /// soldiers"), after the trigger ("killed 7", "rose to 105"), or before it ("49 killed").
    private func count(
        people: Mention<NounClass>?, trigger: Mention<[Trigger]>, lower: Int, upper: Int, used: Set<Int>,
        _ context: StatementContext
    ) -> CountMention? {
        let counts = context.mentions.counts.filter { context.inContent($0.tokens.lowerBound) && !used.contains($0.tokens.lowerBound) }
        if let people, let count = counts.last(where: { $0.tokens.upperBound <= people.start && people.start - $0.tokens.upperBound <= 3 && $0.tokens.lowerBound >= lower }) {
            return count
        }
        if let count = counts.first(where: { $0.tokens.lowerBound >= trigger.end && $0.tokens.lowerBound - trigger.end <= 4 && $0.tokens.lowerBound < upper }) {
            return count
        }
        if let count = counts.last(where: { $0.tokens.upperBound <= trigger.start && trigger.start - $0.tokens.upperBound <= 3 && $0.tokens.lowerBound >= lower }) {
            return count
        }
        // A running total: "the number of servicemen killed … had risen to 525", "put … at 84".
        return counts.first { count in
            count.tokens.lowerBound > trigger.end && count.tokens.lowerBound < upper
                && FunctionWords.totalling.contains(context.tokens[count.tokens.lowerBound - 1].key)
        }
    }
}
