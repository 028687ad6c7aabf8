import Lexicons
import NewsText

/// One attack a clause names, read from its attack words: the word that carries it, where
/// its actor and its object stand, and the voice that says which is which.
///
/// - a verb takes its voice from its use: `Azerbaijani forces shelled Jermuk` (active),
///   `Jermuk was shelled by Azerbaijani forces` (passive), `Azerbaijani shelling of Jermuk`
///   (nominal);
/// - a support verb lends its subject to the noun it governs: `Baku launched a large-scale
///   offensive`, `our units took retaliatory measures`; a passive support makes its subject
///   the target: `positions came under heavy fire`, `were subjected to fire`;
/// - an action noun is an attack only with a support verb or an attack modifier
///   (`anti-terrorist measures`), or when an agent takes it (`measures taken by the army`);
/// - a damage verb is an attack only against ground or people (`destroyed the positions`).
struct AttackHead {
    /// The attack word (the noun for a support construction).
    let trigger: Mention<[Trigger]>
    /// Where the clause's actor is looked for: before this token.
    let clauseStart: Int
    let voice: AttackVoice
    /// The construction that produced the head, for the rule name.
    let construction: AttackConstruction
    /// Whether the attack word is a noun of the event ("the provocation of X", "the attack of
    /// X"), whose `of` names the attacker; a verb's gerund ("the shelling of X") names the target.
    var ofNamesAttacker = true

    /// The heads of a statement's content, in text order.
    static func heads(in context: StatementContext) -> [AttackHead] {
        let words = context.triggers { if case .attack = $0 { true } else { false } }
        var heads: [AttackHead] = []
        // "tried to seize heights", "was trying to occupy new territory": an attempt on ground.
        for found in context.triggers(where: { if case .territory(true, _, _) = $0 { true } else { false } })
        where context.isAttempt(before: found.mention.start) {
            heads.append(AttackHead(trigger: found.mention, clauseStart: found.mention.start - 2, voice: .active, construction: .attempt))
        }
        for (index, found) in words.enumerated() {
            guard case .attack(let word) = found.sense else { continue }
            let mention = found.mention
            let support = words[..<index].last { candidate in
                guard case .attack(let kind) = candidate.sense, kind == .support || kind == .passive else { return false }
                return context.modifiesOnly(from: candidate.mention.end, to: mention.start)
            }
            let supportVoice: AttackVoice? = support.map { candidate in
                if case .attack(.passive) = candidate.sense { return .passive }
                return .active
            }
            switch word {
            case .verb, .event, .noun, .intrusion:
                if isCompoundModifier(mention, context) { continue }  // "attack drones", "firing points"
                if let support, let supportVoice {
                    heads.append(AttackHead(trigger: mention, clauseStart: support.mention.start, voice: supportVoice, construction: .support))
                    continue
                }
                let voice = word == .noun || word == .intrusion ? .nominal : voiceOfVerb(mention, context)
                let gerund = context.forms[mention.start].inflection == .progressive
                // A verb's plain noun names a thing: "shells landed", "the first targets".
                if word == .verb, voice == .nominal, !gerund { continue }
                // "trying to advance": the attempt's verb starts the clause.
                let start = context.isAttempt(before: mention.start) ? mention.start - 2 : mention.start
                var head = AttackHead(trigger: mention, clauseStart: start, voice: voice, construction: AttackConstruction(head: word))
                head.ofNamesAttacker = !gerund && word != .intrusion
                heads.append(head)
            case .action:
                if let support, let supportVoice {
                    heads.append(AttackHead(trigger: mention, clauseStart: support.mention.start, voice: supportVoice, construction: .support))
                } else if isModified(mention, words, context) || context.statement.verb?.value.pattern == .accuse {
                    // "retaliatory measures"; "blamed the other for the violence".
                    heads.append(AttackHead(trigger: mention, clauseStart: mention.start, voice: .nominal, construction: .modifiedAction))
                } else if let taken = supportAfter(mention, words, context) {
                    heads.append(AttackHead(trigger: mention, clauseStart: mention.start, voice: .passive, construction: taken))
                }
            case .damage:
                let voice = voiceOfVerb(mention, context)
                if hitsGroundOrPeople(mention, voice: voice, context) {
                    heads.append(AttackHead(trigger: mention, clauseStart: mention.start, voice: voice == .nominal ? .active : voice, construction: .damage))
                }
            case .blame:
                // "the zone of responsibility of the peacekeepers": a noun after "of" names an area
                // or a question, and puts blame on no one.
                guard context.token(at: mention.start - 1)?.key != FunctionWords.of else { break }
                heads.append(AttackHead(trigger: mention, clauseStart: mention.start, voice: .nominal, construction: .blame))
            case .modifier, .support, .passive, .resumption:
                continue
            }
        }
        heads += killings(in: context)
        return heads.sorted { $0.clauseStart < $1.clauseStart }
    }

    /// A killing or wounding with its killer named is an attack too: "two soldiers have been
    /// killed … by Azerbaijani forces" (passive, with its agent), "Armenian forces had killed
    /// 12 of its soldiers" (active, the side as subject).
    private static func killings(in context: StatementContext) -> [AttackHead] {
        let losses = context.triggers { sense in if case .casualties = sense { true } else { false } }
        let killings = losses.filter { found in
            if case .casualties(let outcome, false) = found.sense { outcome == .killed || outcome == .wounded } else { false }
        }
        return killings.compactMap { found in
            let mention = found.mention
            guard context.forms[mention.start].inflection == .past else { return nil }
            if context.isPassive(mention.start) {
                let window = mention.end..<min(context.mentions.sentence.tokens.upperBound, mention.end + 8)
                // The agent is the killing's own: no other loss between ("one was killed, 13
                // were captured by …").
                guard let by = window.first(where: { context.tokens[$0].key == FunctionWords.by }),
                    !losses.contains(where: { $0.mention.start > mention.start && $0.mention.start < by }),
                    context.side(after: by + 1, before: min(window.upperBound + 4, context.mentions.sentence.tokens.upperBound)) != nil
                else { return nil }
                return AttackHead(trigger: mention, clauseStart: mention.start, voice: .passive, construction: .killing)
            }
            // "[Armenian forces] had killed": a side right before the verb is its subject.
            guard let before = context.wordBefore(mention.start, skippingAdverbs: true) else { return nil }
            let subjectEnd = FunctionWords.auxiliaries.contains(context.tokens[before].key) ? before : before + 1
            let subject = context.sides.contains { $0.tokens.upperBound == subjectEnd }
                || context.mentions.offices.contains { $0.end == subjectEnd && $0.value.branch == .defence }
            return subject ? AttackHead(trigger: mention, clauseStart: mention.start, voice: .active, construction: .killing) : nil
        }
    }

    /// The voice of an attack verb from its inflection and the word before it.
    static func voiceOfVerb(_ trigger: Mention<[Trigger]>, _ context: StatementContext) -> AttackVoice {
        let head = trigger.start
        let form = context.forms[head].inflection
        let before = context.wordBefore(head, skippingAdverbs: true)
        let beforeKey = before.map { context.tokens[$0].key }
        let after = context.token(at: trigger.end)?.key
        switch form {
        case .past:
            if let beforeKey, FunctionWords.passiveAuxiliaries.contains(beforeKey) { return .passive }
            // "positions shelled by Azerbaijani forces", "clashes provoked Tuesday by Armenia".
            if after == FunctionWords.by || (context.token(at: trigger.end + 1)?.key == FunctionWords.by
                && context.mentions.dates.contains { $0.tokens.contains(trigger.end) })
            {
                return .passive
            }
            return .active
        case .progressive:
            if let before, context.makesNoun(before) { return .nominal }
            // "Shelling of Sotk by Azerbaijani forces continued": an -ing form opening its
            // sentence before a preposition is the sentence's subject, a noun.
            if before == nil, let after, after == FunctionWords.of || FunctionWords.objectMarkers.contains(after) { return .nominal }
            return .active
        case .base, .plural:
            if let beforeKey, FunctionWords.verbMarkers.contains(beforeKey) { return .active }
            if let before, context.makesNoun(before) { return .nominal }
            // "… violates the truce and shells Stepanakert": a verb form joined to another verb.
            if form == .plural, beforeKey == FunctionWords.and { return .active }
            // "Azerbaijani troops invade Armenia": a verb form followed by its object.
            if let before, !context.makesNoun(before), context.startsObject(at: trigger.end) { return .active }
            // "Azerbaijan attacks Armenian positions": a state or person before a verb form is its subject.
            if form == .plural, let before, context.mentions.parties.contains(where: { $0.end == before + 1 && $0.value.role != .demonym }) {
                return .active
            }
            return .nominal
        }
    }

    /// An attack word that modifies the noun after it rather than naming an attack: "attack
    /// drones", "strike helicopters", "firing points". Its plain or -ing form is followed by a
    /// content word (or a place noun) instead of a preposition, an auxiliary or a clause break.
    private static func isCompoundModifier(_ trigger: Mention<[Trigger]>, _ context: StatementContext) -> Bool {
        guard trigger.tokens.count == 1, trigger.end < context.mentions.sentence.tokens.upperBound else { return false }
        let inflection = context.forms[trigger.end - 1].inflection
        guard inflection != .past else { return false }
        let next = context.tokens[trigger.end]
        if context.mentions.nouns.contains(where: { $0.start == trigger.end && $0.value == .place }) { return true }
        // The next word must be a noun: a plural ("drones", "points") or one the lexicons class
        // as people, ground or a weapon — not "deeper" or "first".
        let nounNext = next.kind == .word && !next.isCapitalized && !FunctionWords.isGrammatical(next.key)
            && !context.looksLikeVerb(trigger.end) && !context.mentions.verbs.contains(where: { $0.start == trigger.end })
            && (context.forms[trigger.end].ending == .plural || context.endsLikePlural(trigger.end)
                || context.mentions.nouns.contains(where: { $0.start == trigger.end })
                || context.mentions.triggers.contains(where: { $0.start == trigger.end && $0.value.contains { $0.sense == .attack(.action) } }))
        // "the enemy's firing points": a gerund used as a noun before another noun.
        if inflection == .progressive, let before = context.wordBefore(trigger.start, skippingAdverbs: false), context.makesNoun(before) {
            return nounNext
        }
        return inflection == .base && nounNext
    }

    /// An attack modifier right before an action noun: "retaliatory measures", "anti-terrorist
    /// operation", "military activities".
    private static func isModified(
        _ action: Mention<[Trigger]>, _ words: [(mention: Mention<[Trigger]>, sense: Trigger.Sense)], _ context: StatementContext
    ) -> Bool {
        words.contains { candidate in
            guard case .attack(.modifier) = candidate.sense, candidate.mention.end <= action.start else { return false }
            return action.start - candidate.mention.end <= 2 && context.modifiesOnly(from: candidate.mention.end, to: action.start)
        }
    }

    /// A support verb after an action noun in a passive or a reduced relative: "measures taken
    /// by the army", "measures have been taken".
    private static func supportAfter(
        _ action: Mention<[Trigger]>, _ words: [(mention: Mention<[Trigger]>, sense: Trigger.Sense)], _ context: StatementContext
    ) -> AttackConstruction? {
        let support = words.first { candidate in
            guard case .attack(.support) = candidate.sense else { return false }
            let start = candidate.mention.start
            guard start >= action.end, start - action.end <= 3, context.forms[start].inflection == .past,
                (action.end..<start).allSatisfy({ FunctionWords.auxiliaries.contains(context.tokens[$0].key) })
            else { return false }
            // A passive ("have been taken") or a participle with its agent ("taken by the
            // army"), not a past tense ("the fighting began").
            let agentFollows = context.token(at: candidate.mention.end)?.key == FunctionWords.by
            return agentFollows || (action.end..<start).contains { FunctionWords.passiveAuxiliaries.contains(context.tokens[$0].key) }
        }
        return support == nil ? nil : .takenAction
    }

    /// A damage verb's object (active) or subject (passive) is ground or people: a place noun,
    /// a place name, a state ("entered Armenia") or a people noun — not "entered into a deadlock".
    private static func hitsGroundOrPeople(_ trigger: Mention<[Trigger]>, voice: AttackVoice, _ context: StatementContext) -> Bool {
        let window = voice == .passive
            ? max(0, trigger.start - 6)..<trigger.start
            : trigger.end..<min(context.tokens.count, trigger.end + 6)
        // "destroyed Armenian missiles launched at that city": equipment first, no ground hit.
        let weapon = context.mentions.triggers.first { mention in
            window.contains(mention.start) && mention.value.contains { $0.sense == .attack(.action) }
        }
        let nouns = context.mentions.nouns.filter { window.contains($0.start) }
        if let first = voice == .passive ? nouns.last : nouns.first {
            if voice != .passive, let weapon, weapon.start < first.start { return false }
            return first.value == .place || first.value.isPeople
        }
        // A state only as the object itself: "entered (into) Armenia", not "… while Armenia reported".
        let object = voice == .passive ? window : trigger.end..<min(context.tokens.count, trigger.end + 2)
        return context.mentions.places.contains { window.contains($0.start) }
            || context.mentions.parties.contains { object.contains($0.start) && $0.value.role == .state }
    }
}

extension AttackConstruction {
    /// The construction of a word that makes an attack on its own: a verb, event, noun or
    /// intrusion of the triggers lexicon.
    fileprivate init(head word: Trigger.AttackWord) {
        switch word {
        case .verb: self = .verb
        case .event: self = .event
        case .noun: self = .noun
        case .intrusion: self = .intrusion
        case .action, .modifier, .support, .passive, .damage, .blame, .resumption:
            preconditionFailure("a \(word) word makes an attack only in a construction")
        }
    }
}
