import Lexicons
import NewsText

/// Who attacked whom.
///
/// Each attack the content names (`AttackHead`) is read by its voice:
/// - active: `Azerbaijani forces shelled Jermuk`, `Baku launched an offensive against …` — the
///   side before attacked, the side after was attacked;
/// - passive: `Armenian positions came under fire from Azerbaijani forces` — the side after
///   `by`/`from` attacked, the side before was attacked;
/// - nominal: `Azerbaijan's aggressive acts`, `Armenian provocations`, `aggression by Baku`;
/// - accusations: `Baku accused Yerevan of shelling Tartar` — Yerevan attacked;
/// - denials: `the ministry denied that its troops opened fire` — negated, and a denied
///   attack with no side named is the speaker's own;
/// - an action of a belligerent's own with no actor named (`measures have been taken`) is
///   the speaker's side's;
/// - the time of day the attack began, when the sentence gives one (`at 08:10 local time`).
package struct AttackRule: ClaimRule {
    package let kind = ClaimKind.attack

    package init() {}

    package func drafts(in context: StatementContext) -> [ClaimDraft] {
        let account = context.deniedAccount
        let asked = addressee(context)
        let heads = AttackHead.heads(in: context).filter {
            !isHypothetical($0, context) && (asked != nil || !isHalted($0, context)) && !callsTheAccount($0, account, context)
        }
        if heads.isEmpty, let denied = deniedAccount(context) { return [denied] }
        if heads.isEmpty, let blamed = blamedOnly(context) { return [blamed] }
        var drafts: [ClaimDraft] = []
        for (index, head) in heads.enumerated() {
            let trigger = head.trigger
            guard let run = context.run(of: trigger.start) else { continue }
            // The window of this attack: from the previous attack to the next one.
            let lower = index > 0 ? max(run.lowerBound, heads[index - 1].trigger.end) : run.lowerBound
            let upper = index + 1 < heads.count ? min(run.upperBound, heads[index + 1].clauseStart) : run.upperBound
            var draft = ClaimDraft(kind: .attack, rule: .attack(head.construction, head.voice), anchor: head.clauseStart)
            draft.words = head.clauseStart..<trigger.end
            // "the infiltration attempt of the Azerbaijani side": the attempt's "of" names who made it.
            let attempted = context.token(at: trigger.end).map { FunctionWords.attempts.contains($0.key) } ?? false
            let agent = agentAfter(trigger, upTo: upper, context)
                ?? (head.ofNamesAttacker || attempted ? ownerAfterOf(trigger.end + (attempted ? 1 : 0), upTo: upper, context) : nil)
                ?? (head.voice == .nominal ? relativeAgent(trigger, upTo: upper, context) : nil)
            switch head.voice {
            case .active:
                // "Azerbaijani forces shelled Stepanakert, launching an offensive", "… crossed the
                // border and advanced": a participle or a joined verb shares the clause's subject.
                let shared = sharesSubject(head, in: run, context) ? (drafts.last?.aggressor ?? clauseSubject(in: run, before: head.clauseStart, context)) : nil
                if shared == nil, isCivilianSubject(head, lower: lower, context) { continue }  // "people crossed into Armenia"
                draft.aggressor = shared ?? context.side(before: head.clauseStart, notBefore: lower)?.side
                    ?? subjectBeforeInsertion(run: run, index: index, heads: heads, context)
                draft.target = context.side(after: trigger.end, before: upper)?.side
            case .passive:
                // "… are under bombardment, including the capital city of Stepanakert"; else a
                // belligerent under fire speaks of its own side.
                draft.target = context.side(before: head.clauseStart, notBefore: lower)?.side
                    ?? (agent == nil ? context.side(after: trigger.end, before: upper)?.side : nil)
                draft.aggressor = agent
                if draft.aggressor == nil, draft.target == nil, head.construction != .takenAction { draft.target = context.speakerSide }
                if draft.aggressor == nil, head.construction == .takenAction, context.speakerSide != nil, draft.target == nil {
                    draft.aggressor = context.speakerSide  // "measures have been taken": the speaker's own
                }
                if head.construction == .killing, draft.aggressor == nil { continue }  // only with its killer named
            case .nominal where head.construction == .blame:
                draft.aggressor = blamed(trigger, in: run, context)
            case .nominal:
                let modifier = context.side(before: trigger.start, notBefore: max(lower, trigger.start - 3))
                // "stopped their advance": whose advance, the pronoun says — not the clause's subject.
                let possessed = context.token(at: trigger.start - 1).map { FunctionWords.possessivePronouns.contains($0.key) } ?? false
                draft.aggressor = agent ?? modifier?.side ?? (possessed ? nil : subject(before: trigger, notBefore: lower, context))
                draft.target = target(ofNoun: trigger, head: head, upTo: upper, context)
            }
            if let asked, isStopped(head, context) { draft.aggressor = asked }
            draft.resumes = resumes(head, from: lower, upTo: upper, context)
            draft.negated = context.statement.isDenial || context.isNegated(before: head.clauseStart)
            draft.time = context.eventTime(introduced: true)
            if draft.negated && draft.aggressor == nil { draft.aggressor = context.speakerSide }
            if context.statement.verb?.value.pattern == .accuse, !hasOwnSubject(head, context) {
                // "accused Armenian groups of laying mines and of firing on positions": the
                // accused attacked, in every charge; with no one named, the speaker's opponent.
                if let accused = accused(context) {
                    draft.aggressor = accused
                } else if draft.aggressor == nil && draft.target == nil || context.statement.isMutual {
                    // "The two sides exchange accusations of being responsible for the fighting":
                    // each blames the other, whatever side the words name.
                    draft.aggressor = context.speakerSide?.opponent
                }
            }
            // Each side's account of the other: "the two sides exchanged accusations of who
            // started the shooting".
            if draft.aggressor == nil, draft.target == nil, context.statement.isMutual {
                draft.aggressor = context.speakerSide?.opponent
            }
            if draft.target == draft.aggressor { draft.target = nil }
            // A belligerent saying the other side attacked means it was attacked itself; and an
            // attack on the other side, with no attacker named, is its own ("the goal of the
            // operation was to disable positions of the Armenian armed forces").
            if draft.target == nil, !draft.negated, let aggressor = draft.aggressor, context.speakerSide == aggressor.opponent {
                draft.target = context.speakerSide
            }
            if draft.aggressor == nil, !draft.negated, let target = draft.target, let own = context.speakerSide, target == own.opponent,
                !context.statement.isMutual
            {
                draft.aggressor = own
            }
            // "the attacks had subsided", "this latest attack was repelled": an attack the
            // article told before.
            if draft.aggressor == nil, draft.target == nil, !draft.negated, let earlier = context.earlierAttack,
                isDefinite(trigger, context)
            {
                draft.aggressor = earlier.aggressor
                draft.target = earlier.target
            }
            guard draft.aggressor != nil || draft.target != nil else { continue }
            // One attack per sentence and side: "shelled Stepanakert, launching an offensive"
            // tells one attack twice, and a second mention that names less is the same attack.
            if let same = drafts.firstIndex(where: { $0.isCompatible(with: draft) }) {
                drafts[same].aggressor = drafts[same].aggressor ?? draft.aggressor
                drafts[same].target = drafts[same].target ?? draft.target
                continue
            }
            drafts.append(draft)
        }
        return drafts
    }

    /// "Armenia has denied these claims", "dismissed the statement as a blatant lie": a denial
    /// of an account the article just gave denies the attack it told, by the denier's own side
    /// — unless the account counted the denier's own losses, which is what it denies then
    /// (`CasualtiesRule`).
    private func deniedAccount(_ context: StatementContext) -> ClaimDraft? {
        guard let account = context.deniedAccount, context.deniedLosses.isEmpty, let earlier = context.earlierAttack,
            let aggressor = earlier.aggressor, context.speakerSide.map({ $0 == aggressor }) ?? true
        else { return nil }
        var draft = ClaimDraft(kind: .attack, rule: .attackDeniedAccount, anchor: account.lowerBound)
        draft.words = context.deniedWords(account)
        draft.aggressor = aggressor
        draft.target = earlier.target
        draft.negated = true
        return draft
    }

    /// "Baku blamed Yerevan", "laid the blame on Armenia's military and political leaders",
    /// "each side blamed the other": an accusation whose words name only the side it blames
    /// says that side started the fighting. Words past the side ("accused Armenia of lying")
    /// charge something else.
    private func blamedOnly(_ context: StatementContext) -> ClaimDraft? {
        guard let verb = context.statement.verb, verb.value.pattern == .accuse, !context.statement.isDenial,
            let words = context.statement.content.first, context.statement.content.count == 1, words.lowerBound >= verb.end,
            !context.mentions.triggers.contains(where: { mention in
                words.contains(mention.start) && mention.value.contains { Self.chargesSomething($0.sense) }
            })
        else { return nil }
        let side = context.side(after: words.lowerBound, before: min(words.upperBound, words.lowerBound + 3))
        let aggressor = side?.side ?? (context.statement.isMutual ? context.speakerSide?.opponent : nil)
        guard let aggressor, aggressor != context.speakerSide else { return nil }
        let rest = min(side?.tokens.upperBound ?? words.lowerBound, words.upperBound)..<words.upperBound
        guard !rest.contains(where: { FunctionWords.objectPrepositions.contains(context.tokens[$0].key) }) else { return nil }
        var draft = ClaimDraft(kind: .attack, rule: .attackBlamed, anchor: verb.start)
        draft.words = verb.start..<max(verb.end, words.upperBound)
        draft.aggressor = aggressor
        draft.target = aggressor.opponent
        return draft
    }

    /// A word that makes the accusation about something told: a loss, ground, a truce, an attack.
    private static func chargesSomething(_ sense: Trigger.Sense) -> Bool {
        switch sense {
        case .casualties, .territory, .truce, .truceAnaphor, .ceasefireStatus: true
        case .attack(let word): word != .modifier
        case .appeal, .halt, .end, .appealTopic: false
        }
    }

    /// "dismissed the Armenian allegations as “provocation”": what a denial calls the account it
    /// denies is no attack of its own.
    private func callsTheAccount(_ head: AttackHead, _ account: Range<Int>?, _ context: StatementContext) -> Bool {
        guard let account, head.trigger.start >= account.upperBound else { return false }
        let between = account.upperBound..<head.trigger.start
        return between.contains { context.tokens[$0].key == FunctionWords.as }
            && !between.contains { context.tokens[$0].key == FunctionWords.that }
    }

    /// An attack in a threat, a condition or a wish: "will respond to any new attack", "if
    /// Armenia attacks". CONVENTIONS: such sentences claim no attack.
    private func isHypothetical(_ head: AttackHead, _ context: StatementContext) -> Bool {
        let start = max(context.run(of: head.trigger.start)?.lowerBound ?? head.clauseStart, head.clauseStart - 6)
        let before = (start..<head.trigger.start).contains { index in
            let token = context.tokens[index]
            if token.key == FunctionWords.any { return !context.isNegated(before: head.trigger.start) }  // "any new attack", not "denied firing at any city"
            return FunctionWords.hypothetical.contains(token.key) && !token.isCapitalized  // not the month "May"
        }
        // "the provocations that may be committed by Armenia".
        let end = min(context.mentions.sentence.tokens.upperBound, head.trigger.end + 3)
        let relative = (head.trigger.end..<end).contains { FunctionWords.relatives.contains(context.tokens[$0].key) }
            && (head.trigger.end..<end).contains { FunctionWords.hypothetical.contains(context.tokens[$0].key) && !context.tokens[$0].isCapitalized }
        return before || relative
    }

    /// Fighting that a halt word stops or asks to stop is no attack claim: "China calls on both
    /// sides to cease fire", "anti-terrorist measures suspended".
    /// A side named before keeps a halted attack one ("Armenian units stopped the Azerbaijani
    /// advance") — unless the words are fighting in general, which the side itself halts
    /// ("Azerbaijan claimed it unilaterally ceases military actions").
    private func isHalted(_ head: AttackHead, _ context: StatementContext) -> Bool {
        guard isStopped(head, context) else { return false }
        let general = head.trigger.value.contains { $0.sense == .attack(.action) }
        return general || context.side(before: head.clauseStart, notBefore: clauseStart(before: head.clauseStart, context)) == nil
    }

    /// Whether a halt word stops the fighting the head names: "halt military activities",
    /// "hostilities cease".
    private func isStopped(_ head: AttackHead, _ context: StatementContext) -> Bool {
        AppealRule.haltedFighting(context).contains { halt in
            (head.trigger.start >= halt.end && head.trigger.start - halt.end <= PhraseMatcher<Int>.gapLength)
                || (head.trigger.end <= halt.start && halt.start - head.trigger.end <= 2)
        }
    }

    /// The one side an appeal asks to stop fighting, which is the side that fights: "called on
    /// Azerbaijan to halt military activities", "spoke to Aliyev and urged him to end military
    /// actions" (not "urged both sides to …").
    private func addressee(_ context: StatementContext) -> Belligerent? {
        guard context.statement.verb?.value.pattern == .appeal, let words = context.statement.content.first,
            let first = context.token(at: words.lowerBound)
        else { return nil }
        if FunctionWords.personObjects.contains(first.key), context.token(at: words.lowerBound + 1)?.key == FunctionWords.to {
            let person = context.mentions.person(before: words.lowerBound)
            return person?.value.party.belligerent.flatMap { $0 == context.speakerSide ? nil : $0 }
        }
        guard let side = context.side(after: words.lowerBound, before: min(words.upperBound, words.lowerBound + 3)),
            context.token(at: side.tokens.upperBound)?.key == FunctionWords.to, !context.isPaired(side.tokens)
        else { return nil }
        return side.side
    }

    /// Where the clause holding `index` starts: after a semicolon, a colon or a clause break,
    /// at most eight words back.
    private func clauseStart(before index: Int, _ context: StatementContext) -> Int {
        var start = index
        let limit = max(context.mentions.sentence.tokens.lowerBound, index - 8)
        while start > limit {
            let key = context.tokens[start - 1].key
            if key == FunctionWords.semicolon || key == FunctionWords.colon || FunctionWords.clauseBreaks.contains(key) { break }
            start -= 1
        }
        return start
    }

    /// A head that continues the previous one's clause: after a comma as a participle
    /// ("…, launching an offensive"), after "by" ("took measures by launching an operation")
    /// or joined by "and" ("crossed the border and advanced").
    private func sharesSubject(_ head: AttackHead, in run: Range<Int>, _ context: StatementContext) -> Bool {
        guard head.clauseStart > run.lowerBound else { return false }
        let before = context.tokens[head.clauseStart - 1].key
        if before == FunctionWords.and { return true }
        // "…, trying to advance", "… by launching an operation".
        return (before == FunctionWords.comma || before == FunctionWords.by) && context.forms[head.clauseStart].ending == .progressive
    }

    /// "Azerbaijan, which has claimed gains, pressed its offensive": when the words are told in
    /// runs around an inserted clause, the subject ends the run before.
    private func subjectBeforeInsertion(run: Range<Int>, index: Int, heads: [AttackHead], _ context: StatementContext) -> Belligerent? {
        guard index == 0 || !run.contains(heads[index - 1].trigger.start),
            let previous = context.statement.content.last(where: { $0.upperBound <= run.lowerBound })
        else { return nil }
        // The side may stand before its noun: "Azerbaijani troops, Pashinyan said, had shelled …".
        return context.sides.last { side in
            previous.contains(side.tokens.lowerBound) && side.tokens.upperBound <= previous.upperBound
                && (side.tokens.upperBound..<previous.upperBound).allSatisfy { index in
                    context.mentions.offices.contains { $0.tokens.contains(index) }
                        || context.mentions.nouns.contains { $0.tokens.contains(index) && $0.value.isPeople }
                }
        }?.side
    }

    /// The side that opens the clause as its subject: "[Armenian forces] had killed 12 of its
    /// soldiers and shot down a helicopter".
    private func clauseSubject(in run: Range<Int>, before index: Int, _ context: StatementContext) -> Belligerent? {
        guard let first = context.sides.first(where: { run.contains($0.tokens.lowerBound) && $0.tokens.upperBound <= index }) else { return nil }
        let start = first.tokens.lowerBound
        let isObject = start > run.lowerBound && FunctionWords.objectPrepositions.contains(context.tokens[start - 1].key)
        return isObject ? nil : first.side
    }

    /// "More than 100,000 people have crossed into Armenia": civilians moving are no attackers —
    /// unless a side stands between them and the attack as its subject ("eight people were
    /// killed when the Azerbaijani military fired rockets").
    private func isCivilianSubject(_ head: AttackHead, lower: Int, _ context: StatementContext) -> Bool {
        guard let noun = context.mentions.nouns.last(where: { $0.end <= head.clauseStart && $0.start >= lower }),
            noun.value == .civilian || noun.value == .people
        else { return false }
        return !context.sides.contains { $0.tokens.lowerBound >= noun.end && $0.tokens.upperBound <= head.clauseStart }
    }

    /// The side that is the clause's subject before a nominal trigger ("Azerbaijani forces
    /// shelled …, launching an offensive"), but not a side that only describes people who
    /// suffered ("50 Armenian servicemen were killed in the assault").
    private func subject(before trigger: Mention<[Trigger]>, notBefore lower: Int, _ context: StatementContext) -> Belligerent? {
        guard let side = context.side(before: trigger.start, notBefore: lower) else { return nil }
        let describesPeople = context.mentions.nouns.contains { $0.start == side.tokens.upperBound && $0.value.isPeople }
        // "an attack on Nagorno-Karabakh, including strikes …": the object of a preposition is
        // no subject; nor is "Armenia and Azerbaijan", addressed together.
        let start = side.tokens.lowerBound
        let isObject = context.token(at: start - 1).map { FunctionWords.objectMarkers.contains($0.key) } ?? false
        return describesPeople || isObject || context.isPaired(side.tokens) ? nil : side.side
    }

    /// The side blame is put on: after "lies with" or "rests with" anywhere after the word
    /// ("the responsibility for the escalation … lies directly with the leadership of
    /// Armenia"), else the clause's subject ("Yerevan bears full responsibility").
    private func blamed(_ trigger: Mention<[Trigger]>, in run: Range<Int>, _ context: StatementContext) -> Belligerent? {
        let with = (trigger.end..<run.upperBound).first { index in
            guard context.tokens[index].key == FunctionWords.with, let verb = context.wordBefore(index, skippingAdverbs: true) else { return false }
            return FunctionWords.blameVerbs.contains(context.tokens[verb].key)
        }
        if let with { return context.side(after: with + 1, before: min(run.upperBound, with + 10))?.side }
        return context.side(before: trigger.start, notBefore: max(run.lowerBound, trigger.start - 6))?.side
    }

    /// Whether a side stands right before the attack as its own subject ("accused Baku of
    /// claiming that [Armenia] shelled …"), so the accused is not its attacker.
    private func hasOwnSubject(_ head: AttackHead, _ context: StatementContext) -> Bool {
        context.sides.contains { $0.tokens.upperBound <= head.clauseStart && head.clauseStart - $0.tokens.upperBound <= 2 }
    }

    /// The side an accusation names right after its verb: "accused [Armenian units] of …".
    private func accused(_ context: StatementContext) -> Belligerent? {
        guard let verb = context.statement.verb else { return nil }
        return context.side(after: verb.end, before: min(context.tokens.count, verb.end + 4))?.side
    }

    /// A noun that refers back as the subject of its clause: "the attacks had subsided", "this
    /// latest attack was repelled" — not one inside a phrase that only dates or explains
    /// something else ("killed in the assault", "as a result of the shelling").
    private func isDefinite(_ trigger: Mention<[Trigger]>, _ context: StatementContext) -> Bool {
        let first = max(context.mentions.sentence.tokens.lowerBound, trigger.start - 3)
        guard let determiner = (first..<trigger.start).last(where: { FunctionWords.definite.contains(context.tokens[$0].key) }) else {
            return false
        }
        guard determiner > context.mentions.sentence.tokens.lowerBound else { return true }
        return !FunctionWords.prepositions.contains(context.tokens[determiner - 1].key)
            && context.tokens[determiner - 1].key != FunctionWords.of
    }

    /// The target of an attack noun: the side after `on`, `against`, `at` or `into` ("an attack
    /// on Armenian positions"), or after `of` for a noun of entering ground ("the invasion of
    /// Armenia").
    private func target(ofNoun trigger: Mention<[Trigger]>, head: AttackHead, upTo upper: Int, _ context: StatementContext) -> Belligerent? {
        let window = trigger.end..<max(trigger.end, min(upper, trigger.end + 4))
        let marker = window.first { index in
            let key = context.tokens[index].key
            return FunctionWords.targetMarkers.contains(key) || (!head.ofNamesAttacker && key == FunctionWords.of)
        }
        guard let marker, let side = context.side(after: marker + 1, before: min(upper, marker + 8)),
            !context.isPaired(side.tokens)  // "on the border between Armenia and Azerbaijan"
        else { return nil }
        // The side must be in the preposition's own phrase, not after "and said …".
        let between = (marker + 1)..<side.tokens.lowerBound
        let plain = between.allSatisfy { PhraseMatcher<Int>.canFillGap(context.tokens[$0]) && context.tokens[$0].key != FunctionWords.and }
            && !context.mentions.verbs.contains { between.contains($0.start) }
        return plain ? side.side : nil
    }

    /// The side right after `of` at `end`, the end of an attack noun: `the provocation of the
    /// Armenian armed forces`, `missile attack of Armenia` — unless a place comes first (`the
    /// shelling of the positions of …` names a target).
    private func ownerAfterOf(_ end: Int, upTo upper: Int, _ context: StatementContext) -> Belligerent? {
        guard end < upper, context.tokens[end].key == FunctionWords.of else { return nil }
        let window = (end + 1)..<min(upper, end + 5)
        guard let side = context.side(after: window.lowerBound, before: window.upperBound) else { return nil }
        let placeFirst = context.mentions.nouns.contains { $0.value == .place && window.contains($0.start) && $0.start < side.tokens.lowerBound }
            || context.mentions.places.contains { window.contains($0.start) && $0.start < side.tokens.lowerBound }
        return placeFirst ? nil : side.side
    }

    /// Whether a resumption word tells the attack as a later phase: a few words before the
    /// attack word or its clause ("the resumed offensive", "again shelled", "had renewed the
    /// shelling") or just after it ("shelled the positions again"), within the attack's window.
    private func resumes(_ head: AttackHead, from lower: Int, upTo upper: Int, _ context: StatementContext) -> Bool {
        // The attack's window may end before a head whose clause starts early ("to lay down
        // arms; anti-terrorist measures suspended"): then there is nothing to look at.
        let start = max(lower, head.clauseStart - 3)
        let end = min(upper, head.trigger.end + 4)
        guard start < end else { return false }
        let window = start..<end
        return context.mentions.triggers.contains { mention in
            window.contains(mention.start) && mention.value.contains { $0.sense == .attack(.resumption) }
        }
    }

    /// The subject of a relative clause that says who carried the attack out: "a provocation
    /// Armenian forces had committed the day before", "the attack that Baku's troops launched".
    /// The side comes right after the noun (or its `that`/`which`) and a support verb in the
    /// past follows it within a few words (its noun, auxiliaries).
    private func relativeAgent(_ trigger: Mention<[Trigger]>, upTo upper: Int, _ context: StatementContext) -> Belligerent? {
        var start = trigger.end
        if start < upper, context.tokens[start].kind == .closeQuote { start += 1 }  // a "provocation" Armenian forces had committed
        if start < upper, FunctionWords.relatives.contains(context.tokens[start].key) { start += 1 }
        guard let side = context.sides.first(where: { $0.tokens.lowerBound == start }) else { return nil }
        // The side's noun ("forces", "units") and auxiliaries may stand before the verb.
        for verb in side.tokens.upperBound..<min(upper, side.tokens.upperBound + 4) {
            let supported = context.mentions.triggers.contains { mention in
                mention.start == verb && mention.value.contains { $0.sense == .attack(.support) }
            }
            if supported { return context.forms[verb].inflection == .past ? side.side : nil }
            let token = context.tokens[verb]
            guard token.kind == .word, !token.isCapitalized, !FunctionWords.gapStoppers.contains(token.key) else { return nil }
        }
        return nil
    }

    /// The side named after `by` or `from` right after the trigger: `aggression by Azerbaijan`.
    /// "fire from small arms by the Armenian units", "shelling from weapons of various
    /// calibres, including mortars, by units of the Armenian army": the first "by" or "from"
    /// of the clause that names a side.
    private func agentAfter(_ trigger: Mention<[Trigger]>, upTo upper: Int, _ context: StatementContext) -> Belligerent? {
        var index = trigger.end
        while index < min(upper, trigger.end + 14) {
            let key = context.tokens[index].key
            if key == FunctionWords.by || key == FunctionWords.from,
                let side = context.side(after: index + 1, before: min(upper, index + 5))
            {
                return side.side
            }
            if key == FunctionWords.semicolon || FunctionWords.gapStoppers.contains(key) || context.tokens[index].kind == .dash { break }
            index += 1
        }
        return nil
    }
}
