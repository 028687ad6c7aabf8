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
            let named = peopleNoun(near: trigger, lower: lower, upper: upper, context)
            // "seized", "captured" are losses of people only when people are named, or counted
            // right before ("one soldier was killed, 13 were captured").
            let countedBefore = context.mentions.counts.contains { count in
                count.tokens.upperBound <= trigger.start && count.tokens.lowerBound >= lower
                    && (count.tokens.upperBound..<trigger.start).allSatisfy { FunctionWords.auxiliaries.contains(context.tokens[$0].key) }
            }
            if named == nil && isTerritoryWord(trigger) && !countedBefore { continue }
            // "wounded one Azerbaijani": a demonym counted after the trigger names new people.
            let demonymCounted = named == nil && demonymAfterCount(trigger, context) != nil
            // "many killed and wounded": the second loss of the same people.
            let joinedToLast = named == nil && !drafts.isEmpty && trigger.start > lower
                && FunctionWords.joiners.contains(context.tokens[trigger.start - 1].key)
            let people = named ?? (demonymCounted ? nil : lastPeople)
            lastPeople = people
            var draft = ClaimDraft(kind: .casualties, rule: .casualties(outcome), anchor: trigger.start)
            draft.words = trigger.tokens
            draft.outcome = outcome
            // "300 Azerbaijani soldiers were killed and 1000 were wounded": the same people.
            draft.victim = (named == nil && people != nil) || joinedToLast ? lastVictim : victim(people: people, trigger: trigger, lower: lower, context)
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

    /// Counted groups of people joined by "and" or a comma before `people`, nearest first:
    /// "[293 soldiers] and three civilians".
    private func joinedGroups(
        before people: Mention<NounClass>, lower: Int, used: Set<Int>, _ context: StatementContext
    ) -> [(people: Mention<NounClass>, count: CountMention)] {
        var groups: [(people: Mention<NounClass>, count: CountMention)] = []
        var boundary = people.start
        while let count = context.mentions.counts.last(where: { $0.tokens.upperBound <= boundary && $0.tokens.lowerBound >= lower }),
            count.tokens.lowerBound > lower,
            FunctionWords.coordinators.contains(context.tokens[count.tokens.lowerBound - 1].key)
        {
            let join = count.tokens.lowerBound - 1
            guard let earlier = context.mentions.nouns.last(where: { $0.end <= join && $0.start >= lower && $0.value.isPeople }),
                join - earlier.end <= 1,
                let earlierCount = context.mentions.counts.last(where: { $0.tokens.upperBound <= earlier.start && earlier.start - $0.tokens.upperBound <= 2 }),
                earlierCount.tokens.lowerBound >= lower, !used.contains(earlierCount.tokens.lowerBound)
            else { break }
            groups.append((earlier, earlierCount))
            boundary = earlierCount.tokens.lowerBound
        }
        return groups
    }

    /// The counted people a part marker sets off between a loss's count and its trigger:
    /// "207[, including three civilians,] were killed".
    private func part(
        of count: CountMention, before trigger: Mention<[Trigger]>, _ context: StatementContext
    ) -> (people: Mention<NounClass>, count: CountMention)? {
        guard let part = context.mentions.counts.first(where: { candidate in
            candidate.tokens.lowerBound > count.tokens.lowerBound && candidate.tokens.upperBound <= trigger.start && isPart(candidate, context)
        }),
            let people = context.mentions.nouns.first(where: { noun in
                noun.value.isPeople && noun.start >= part.tokens.upperBound && noun.start - part.tokens.upperBound <= 1 && noun.end <= trigger.start
            })
        else { return nil }
        return (people, part)
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
    private func attacker(after trigger: Mention<[Trigger]>, _ context: StatementContext) -> Belligerent? {
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
    private func isAttacker(_ side: Range<Int>, _ context: StatementContext) -> Bool {
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
    private func isAgent(_ side: Range<Int>, _ context: StatementContext) -> Bool {
        let first = context.mentions.sentence.tokens.lowerBound
        var index = side.lowerBound - 1
        while index >= first && context.tokens[index].key == FunctionWords.the { index -= 1 }
        return index >= first && (context.tokens[index].key == FunctionWords.by || context.tokens[index].key == FunctionWords.from)
    }

    /// The count of the people: next to the noun ("49 soldiers", "nearly 50 of its
    /// soldiers"), right before the trigger ("4 killed and 1 wounded", "13 were captured"),
    /// after it ("killed 7"), a little before it, a running total ("rose to 105"), or the
    /// article of one person ("an Armenian soldier was injured"). A count that names part of
    /// another ("207, including three civilians", "two of them civilians") is not the count.
    private func count(
        people: Mention<NounClass>?, trigger: Mention<[Trigger]>, lower: Int, upper: Int, used: Set<Int>,
        _ context: StatementContext
    ) -> CountMention? {
        let counts = context.mentions.counts.filter {
            context.inContent($0.tokens.lowerBound) && !used.contains($0.tokens.lowerBound) && !isPart($0, context)
        }
        if let people, let count = counts.last(where: { count in
            count.tokens.upperBound <= people.start && count.tokens.lowerBound >= lower
                && (people.start - count.tokens.upperBound <= 3 || ofPossessor(count.tokens.upperBound..<people.start, context))
        }) {
            return count
        }
        let subjectEnd = endBeforePart(trigger.start, lower: lower, context)
        if let count = counts.last(where: { count in
            count.tokens.upperBound <= subjectEnd && count.tokens.lowerBound >= lower
                && (count.tokens.upperBound..<subjectEnd).allSatisfy { FunctionWords.auxiliaries.contains(context.tokens[$0].key) }
        }) {
            return count
        }
        if let count = counts.first(where: { $0.tokens.lowerBound >= trigger.end && $0.tokens.lowerBound - trigger.end <= 4 && $0.tokens.lowerBound < upper }) {
            return count
        }
        if let count = counts.last(where: { $0.tokens.upperBound <= trigger.start && trigger.start - $0.tokens.upperBound <= 3 && $0.tokens.lowerBound >= lower }) {
            return count
        }
        // A running total: "the number of servicemen killed … had risen to 525", "put … at 84".
        if let count = counts.first(where: { count in
            count.tokens.lowerBound > trigger.end && count.tokens.lowerBound < upper
                && FunctionWords.totalling.contains(context.tokens[count.tokens.lowerBound - 1].key)
        }) {
            return count
        }
        // "eliminated officers, including generals, …, as well as 30 soldiers": the people
        // named first are more, so the loss is at least the added group's count.
        if let people, let added = addedGroup(after: people.end, upper: upper, used: used, context), let least = added.count.interval?.min {
            let count = added.count
            return CountMention(
                tokens: count.tokens, bytes: count.bytes, interval: CountInterval(min: least, max: nil), qualifier: .atLeast, text: count.text)
        }
        return one(people, trigger: trigger, lower: lower, context)
    }

    /// A counted group of people added after a loss's own people, before `upper`: "…, as well
    /// as 30 soldiers", "… along with 36 civilians", "… plus 14 servicemen" — not "three tanks".
    private func addedGroup(
        after start: Int, upper: Int, used: Set<Int>, _ context: StatementContext
    ) -> (people: Mention<NounClass>, count: CountMention)? {
        guard let count = context.mentions.counts.first(where: { $0.tokens.lowerBound >= start && $0.tokens.lowerBound < upper }),
            !used.contains(count.tokens.lowerBound), context.inContent(count.tokens.lowerBound), !isPart(count, context),
            addsToList(before: count.tokens.lowerBound, context),
            let people = context.mentions.nouns.first(where: { noun in
                noun.value.isPeople && noun.start >= count.tokens.upperBound && noun.start - count.tokens.upperBound <= 2
            }),
            // "…, and two soldiers were taken prisoner": the subject of the next loss word is its loss.
            !(context.mentions.triggers.contains { $0.start == upper }
                && (people.end..<upper).allSatisfy { FunctionWords.auxiliaries.contains(context.tokens[$0].key) })
        else { return nil }
        return (people, count)
    }

    /// "and", "plus", "as well as" or "along with" right before `index`.
    private func addsToList(before index: Int, _ context: StatementContext) -> Bool {
        guard let last = context.token(at: index - 1) else { return false }
        if FunctionWords.adding.contains(last.key) { return true }
        return FunctionWords.addingPhrases.contains { words in
            index >= words.count && zip(context.tokens[(index - words.count)..<index], words).allSatisfy { $0.key == $1 }
        }
    }

    /// The side of a demonym counted right after a trigger: "wounded one Azerbaijani".
    private func demonymAfterCount(_ trigger: Mention<[Trigger]>, _ context: StatementContext) -> Belligerent? {
        guard let count = context.mentions.counts.first(where: { $0.tokens.lowerBound >= trigger.end && $0.tokens.lowerBound - trigger.end <= 2 })
        else { return nil }
        return context.sides.first { $0.tokens.lowerBound == count.tokens.upperBound }?.side
    }

    /// "18 [of his country's] soldiers": "of" and the people's owner between a count and them.
    private func ofPossessor(_ between: Range<Int>, _ context: StatementContext) -> Bool {
        guard between.count <= 6, let first = between.first, context.tokens[first].key == FunctionWords.of else { return false }
        return between.dropFirst().allSatisfy { index in
            let token = context.tokens[index]
            return token.kind == .possessive || FunctionWords.determiners.contains(token.key)
                || context.sides.contains { $0.tokens.contains(index) } || context.mentions.parties.contains { $0.tokens.contains(index) }
                || FunctionWords.possessivePronouns.contains(token.key) || token.kind == .word && !FunctionWords.isGrammatical(token.key)
        }
    }

    /// Where the subject before a trigger ends once a part set off before it is skipped:
    /// "207[, including three civilians,] were killed" → after "207".
    private func endBeforePart(_ index: Int, lower: Int, _ context: StatementContext) -> Int {
        var end = index
        while end > lower, FunctionWords.auxiliaries.contains(context.tokens[end - 1].key) { end -= 1 }
        guard end > lower, context.tokens[end - 1].key == FunctionWords.comma || context.tokens[end - 1].kind == .word else { return index }
        var start = end - 1
        while start > lower, !FunctionWords.partMarkers.contains(context.tokens[start].key), end - start <= 6 { start -= 1 }
        guard FunctionWords.partMarkers.contains(context.tokens[start].key) else { return index }
        return start > lower && context.tokens[start - 1].key == FunctionWords.comma ? start - 1 : start
    }

    /// "including three civilians", "among them 10 civilians", "two of them civilians": a part
    /// of a count already given.
    private func isPart(_ count: CountMention, _ context: StatementContext) -> Bool {
        let start = count.tokens.lowerBound
        if let before = context.token(at: start - 1)?.key, FunctionWords.partMarkers.contains(before) || before == FunctionWords.them {
            return true  // "including 10", "among them 10"
        }
        let end = count.tokens.upperBound
        return context.token(at: end)?.key == FunctionWords.of && context.token(at: end + 1)?.key == FunctionWords.them
    }

    /// "20-year-old Aram Petrosyan was wounded", "a 19-year-old conscript": a person of an age
    /// in the loss's subject, one person; not "19-year-old conscripts", whose number is not given.
    /// The tokens are the age: the number, its hyphen and "year-old".
    private func age(before trigger: Int, lower: Int, _ context: StatementContext) -> Range<Int>? {
        let first = max(lower, trigger - 8)
        guard first + 3 <= trigger, let start = (first...(trigger - 3)).first(where: { index in
            context.tokens[index].kind == .number && context.tokens[index + 1].key == FunctionWords.hyphen
                && context.tokens[index + 2].key == FunctionWords.yearOld
        })
        else { return nil }
        let end = start + 3
        if let noun = context.mentions.nouns.first(where: { $0.start == end }), context.forms[noun.end - 1].inflection != .base {
            return nil
        }
        return start..<end
    }

    /// "a civilian", "an Armenian soldier", "another was injured": one person, a count of one
    /// (LABELING.md's table).
    private func one(_ people: Mention<NounClass>?, trigger: Mention<[Trigger]>, lower: Int, _ context: StatementContext) -> CountMention? {
        // "three soldiers were killed and another was wounded": one more of the same people.
        if trigger.start > lower {
            var before = trigger.start - 1
            while before > lower, FunctionWords.auxiliaries.contains(context.tokens[before].key) { before -= 1 }
            if context.tokens[before].key == FunctionWords.another {
                return CountMention(
                    tokens: before..<(before + 1), bytes: context.tokens[before].range, interval: CountInterval(min: 1, max: 1),
                    qualifier: nil, text: context.text(ofToken: before))
            }
        }
        if let age = age(before: trigger.start, lower: lower, context) {
            return CountMention(
                tokens: age, bytes: context.bytes(ofTokens: age),
                interval: CountInterval(min: 1, max: 1), qualifier: nil, text: context.text(ofTokens: age))
        }
        guard let people, people.start > lower, context.forms[people.end - 1].inflection == .base,
            // "two civilians, a woman and a child": the article names one of those counted.
            !context.mentions.counts.contains(where: { $0.tokens.lowerBound >= lower && $0.tokens.upperBound <= people.start })
        else { return nil }
        let window = max(lower, people.start - 3)..<people.start
        guard let article = window.last(where: { FunctionWords.indefiniteArticles.contains(context.tokens[$0].key) }),
            ((article + 1)..<people.start).allSatisfy({ index in
                context.tokens[index].kind == .word && !FunctionWords.isGrammatical(context.tokens[index].key)
            })
        else { return nil }
        return CountMention(
            tokens: article..<(article + 1), bytes: context.tokens[article].range, interval: CountInterval(min: 1, max: 1),
            qualifier: nil, text: context.text(ofToken: article))
    }
}
