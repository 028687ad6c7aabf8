import Lexicons
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
        let triggers = context.triggers { if case .casualties = $0 { true } else { false } }
        // "Stepanakert said 300 Azerbaijani soldiers were killed. Baku refuted this.": each
        // loss denied, with no number of its own.
        if triggers.isEmpty, let account = context.deniedAccount, case let denied = context.deniedLosses, !denied.isEmpty {
            return denied.map { loss in
                var draft = ClaimDraft(kind: .casualties, rule: .casualtiesDeniedAccount, anchor: account.lowerBound)
                draft.words = context.deniedWords(account)
                draft.victim = loss.victim
                draft.outcome = loss.outcome
                draft.negated = true
                return draft
            }
        }
        var drafts: [ClaimDraft] = []
        var usedCounts: Set<Int> = []
        // "one civilian was killed and three were wounded": the second loss is of the same people.
        var lastPeople: Mention<NounClass>? = nil
        var lastVictim: Victim? = nil
        for (index, found) in triggers.enumerated() {
            guard case .casualties(let outcome, let counted) = found.sense, let run = context.run(of: found.mention.start) else { continue }
            let trigger = found.mention
            let lower = index > 0 ? max(run.lowerBound, triggers[index - 1].mention.end) : run.lowerBound
            let upper = index + 1 < triggers.count ? min(run.upperBound, triggers[index + 1].mention.start) : run.upperBound
            if outcome == .captured && isTerritory(trigger, upTo: upper, context) { continue }
            // "casualties of 4 killed and 1 wounded": the breakdown after it carries the losses.
            if counted, index + 1 < triggers.count, triggers[index + 1].mention.start - trigger.end <= 4 { continue }
            // "the bodies of those killed", "the injured soldiers": people identified by a loss
            // already told, no loss reported.
            if let before = context.token(at: trigger.start - 1), FunctionWords.identifying.contains(before.key),
                context.forms[trigger.start].inflection == .past
            {
                continue
            }
            // "to exchange the bodies of those killed and prisoners of war": people handed back.
            if isHandedBack(trigger, from: run.lowerBound, context) { continue }
            var named = peopleNoun(near: trigger, lower: lower, upper: upper, context)
            // "seized", "captured" are losses of people only when people are named, or counted
            // right before ("one soldier was killed, 13 were captured").
            let countedBefore = context.mentions.counts.contains { count in
                count.tokens.upperBound <= trigger.start && count.tokens.lowerBound >= lower
                    && (count.tokens.upperBound..<trigger.start).allSatisfy { FunctionWords.auxiliaries.contains(context.tokens[$0].key) }
            }
            if named == nil && isTerritoryWord(trigger) && !countedBefore { continue }
            // "wounded one Azerbaijani": a demonym counted after the trigger names new people,
            // whoever the people before it were ("killed three Armenian soldiers and wounded one
            // Azerbaijani").
            let demonymCounted = (named.map { $0.end <= trigger.start } ?? true) && demonymAfterCount(trigger, context) != nil
            if demonymCounted { named = nil }
            // "many killed and wounded": the second loss of the same people.
            let joinedToLast = named == nil && !demonymCounted && !drafts.isEmpty && trigger.start > lower
                && FunctionWords.joiners.contains(context.tokens[trigger.start - 1].key)
            let people = named ?? (demonymCounted ? nil : lastPeople)
            // "killing 13 civilians and wounding 50 others": the people of the loss before.
            let samePeople = named != nil && named?.start == lastPeople?.start
            lastPeople = people
            var draft = ClaimDraft(kind: .casualties, rule: .casualties(outcome), anchor: trigger.start)
            draft.words = trigger.tokens
            draft.outcome = outcome
            // "300 Azerbaijani soldiers were killed and 1000 were wounded": the same people.
            draft.victim = (named == nil && people != nil) || joinedToLast || samePeople
                ? lastVictim : victim(people: people, trigger: trigger, lower: lower, context)
            lastVictim = draft.victim
            if let count = count(people: people, trigger: trigger, lower: lower, upper: upper, used: usedCounts, context) {
                draft.count = count
                usedCounts.insert(count.tokens.lowerBound)
            } else if counted {
                continue  // "suffered casualties": no count, no outcome — not a claim
            } else if index > 0, joinsOutcome(triggers[index - 1].mention, to: trigger, context) {
                // "30 soldiers were killed or went missing": the 30 counts both outcomes.
                for earlier in drafts.indices where drafts[earlier].anchor == triggers[index - 1].mention.start
                    && drafts[earlier].count != nil && drafts[earlier].outcome != outcome
                {
                    drafts[earlier].mergedOutcomes.append(outcome)
                }
            }
            draft.negated = context.statement.isDenial || context.isNegated(before: trigger.start)
            // "293 soldiers and three civilians were wounded": each group joined to the one
            // next to the trigger is a loss of its own.
            var losses = [draft]
            // "207, including three civilians, were killed": the part is a loss of its own.
            if let count = draft.count, let part = part(of: count, before: trigger, context), !usedCounts.contains(part.count.tokens.lowerBound) {
                var other = draft
                other.count = part.count
                other.victim = draft.victim.map { Victim($0.belligerent, civilian: part.people.value == .civilian) }
                usedCounts.insert(part.count.tokens.lowerBound)
                losses.append(other)
            }
            // "610 of their fighters have been killed, along with 31 civilians": a group added
            // after the loss's own count is a loss of its own, of the side named with it or the loss's.
            if let count = draft.count,
                let added = addedGroup(after: max(count.tokens.upperBound, trigger.end, named?.end ?? 0), upper: upper, used: usedCounts, context)
            {
                var other = draft
                other.count = added.count
                let civilian = added.people.value == .civilian
                other.victim = context.side(before: added.people.start, notBefore: max(lower, added.people.start - 2)).map { Victim($0.side, civilian: civilian) }
                    ?? draft.victim.map { Victim($0.belligerent, civilian: civilian) }
                usedCounts.insert(added.count.tokens.lowerBound)
                losses.append(other)
            }
            if let people, draft.count != nil {
                for group in joinedGroups(before: people, lower: lower, used: usedCounts, context) {
                    var other = draft
                    other.count = group.count
                    other.victim = victim(people: group.people, trigger: trigger, lower: lower, context)
                    usedCounts.insert(group.count.tokens.lowerBound)
                    losses.append(other)
                }
            }
            for loss in losses {
                if let existing = drafts.firstIndex(where: { $0.identity == loss.identity }) {
                    if drafts[existing].count == nil && loss.count != nil { drafts[existing] = loss }
                    continue
                }
                drafts.append(loss)
            }
        }
        return drafts
    }

    /// Whether the loss word is in the object of a verb that hands people back ("exchange
    /// prisoners of war and the bodies of the dead", "the release of 17 captives"): the words
    /// back from it to the clause's last comma or break hold one.
    private func isHandedBack(_ trigger: Mention<[Trigger]>, from start: Int, _ context: StatementContext) -> Bool {
        var index = trigger.start - 1
        while index >= max(start, trigger.start - Self.objectReach) {
            let key = context.tokens[index].key
            if FunctionWords.handingBack.contains(key) { return true }
            if key == FunctionWords.comma || FunctionWords.clauseBreaks.contains(key) { return false }
            index -= 1
        }
        return false
    }

    /// The most words between a verb and a loss word in its object.
    private static let objectReach = 12

    /// Whether `trigger` follows `earlier` with only a joiner between ("killed or went
    /// missing", "killed, wounded", "killed and had been wounded"), so one count before them
    /// covers both.
    private func joinsOutcome(_ earlier: Mention<[Trigger]>, to trigger: Mention<[Trigger]>, _ context: StatementContext) -> Bool {
        let between = earlier.end..<trigger.start
        return between.contains { FunctionWords.outcomeJoiners.contains(context.tokens[$0].key) }
            && between.allSatisfy { index in
                let key = context.tokens[index].key
                return FunctionWords.outcomeJoiners.contains(key) || FunctionWords.auxiliaries.contains(key)
            }
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
        // "207, including three civilians, were killed": a part's people are not the loss's.
        let people = context.mentions.nouns.filter { noun in
            noun.value.isPeople && context.inContent(noun.start)
                && !context.mentions.counts.contains { $0.tokens.upperBound == noun.start && isPart($0, context) }
        }
        let before = people.last { $0.end <= trigger.start && $0.start >= lower && trigger.start - $0.end <= 6 }
        // "… were killed, while 250 soldiers were wounded": people past a new clause are another loss's.
        let after = people.first { $0.start >= trigger.end && $0.start < upper && $0.start - trigger.end <= 5 }
            .flatMap { noun in
                (trigger.end..<noun.start).contains { FunctionWords.clauseBreaks.contains(context.tokens[$0].key) } ? nil : noun
            }
        return before ?? after
    }
}
