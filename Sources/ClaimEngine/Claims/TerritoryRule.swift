import Lexicons
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
            guard case .territory(let seized, let named, let standing) = found.sense, let run = context.run(of: found.mention.start) else { continue }
            let trigger = found.mention
            // "tried to seize heights": an attempt is an attack, not ground taken; "taking up
            // positions" is a phrasal verb ("control over" is not: a phrase's last word is a
            // noun); "the occupied territories must be returned" asks.
            if context.isAttempt(before: trigger.start) || context.isObligation || context.isHypothetical(at: trigger.start) { continue }
            if trigger.tokens.count == 1, trigger.end < run.upperBound, FunctionWords.particles.contains(context.tokens[trigger.end].key) {
                continue
            }
            // "the surrounding regions": a participle between a determiner and its noun describes it.
            if isAttributive(trigger, context) { continue }
            // "has been under the control of ethnic Armenian forces": a standing state after a
            // form of "be" reads like a passive, the ground its subject and the holder after it.
            let passive = context.isPassive(trigger.start) || standing && isAfterBe(trigger, context)
            // "the town remained under the control of the Artsakh Defence Army": the holder has
            // not lost it — a denial of its loss, said against a claim that it fell. The ground
            // is the subject.
            let holder = standing ? stillHeldBy(trigger, in: run, context) : nil
            let object = passive || holder != nil
                ? placeSubject(before: trigger, in: run, context) : placeObject(after: trigger, in: run, context)
            guard object != nil || named else { continue }
            var draft = ClaimDraft(kind: .territory, rule: .territory(seized: seized), anchor: trigger.start)
            draft.words = trigger.tokens
            draft.isStanding = standing
            draft.outcome = .positionsLost
            // Who took or lost it: the subject, the agent of a passive, or a side written into
            // the word itself ("Armenian-occupied").
            let taker = context.sides.first { $0.tokens.overlaps(trigger.tokens) }?.side
                ?? (passive ? context.side(after: trigger.end, before: min(run.upperBound, trigger.end + 5))?.side
                    : context.side(before: trigger.start, notBefore: run.lowerBound)?.side)
            if let object, let owner = context.side(before: object.lowerBound, notBefore: max(passive ? run.lowerBound : trigger.end, object.lowerBound - 3)) {
                draft.victim = Victim(owner.side, civilian: false)
            } else if let taker {
                draft.victim = Victim(seized ? taker.opponent : taker, civilian: false)
            } else if let own = context.speakerSide {
                draft.victim = Victim(seized ? own.opponent : own, civilian: false)
            }
            if let object {
                draft.count = context.mentions.counts.last {
                    $0.tokens.upperBound <= object.lowerBound && $0.tokens.lowerBound >= (passive ? run.lowerBound : trigger.end)
                }
            }
            draft.negated = context.statement.isDenial || context.isNegated(before: trigger.start)
            if let holder {
                draft.victim = Victim(holder, civilian: false)
                draft.negated = true
            }
            if !drafts.contains(where: { $0.identity == draft.identity }) { drafts.append(draft) }
        }
        return drafts
    }

    /// The side that still holds the ground when "remains" or "still" comes right before a
    /// standing state ("remained under the control of the Armenian forces", "were still under
    /// the control of Armenian units"): the side named after the words, else the speaker's.
    private func stillHeldBy(_ trigger: Mention<[Trigger]>, in run: Range<Int>, _ context: StatementContext) -> Belligerent? {
        var before = trigger.start - 1
        while before > run.lowerBound, FunctionWords.auxiliaries.contains(context.tokens[before].key)
            && !FunctionWords.continuing.contains(context.tokens[before].key)
        {
            before -= 1
        }
        guard before >= run.lowerBound, FunctionWords.continuing.contains(context.tokens[before].key) else { return nil }
        return context.side(after: trigger.end, before: min(run.upperBound, trigger.end + 5))?.side
            ?? context.sides.first { $0.tokens.overlaps(trigger.tokens) }?.side ?? context.speakerSide
    }

    /// A one-word -ing form right after a determiner: an adjective, not a verb.
    private func isAttributive(_ trigger: Mention<[Trigger]>, _ context: StatementContext) -> Bool {
        trigger.tokens.count == 1 && context.forms[trigger.start].inflection == .progressive
            && (context.token(at: trigger.start - 1).map { FunctionWords.determiners.contains($0.key) } ?? false)
    }

    /// The ground a passive is about, named before it: "the city of Jabrayil was liberated".
    private func placeSubject(before trigger: Mention<[Trigger]>, in run: Range<Int>, _ context: StatementContext) -> Range<Int>? {
        var start = trigger.start
        // The subject is in the trigger's own clause: "… on Armenian territory when they were seized" is not.
        while start > max(run.lowerBound, trigger.start - 8),
            !FunctionWords.subordinating.contains(context.tokens[start - 1].key)
        {
            start -= 1
        }
        let window = start..<trigger.start
        let noun = context.mentions.nouns.last { window.contains($0.start) }
        if let noun, noun.value == .place { return noun.tokens }
        return context.mentions.places.last { window.contains($0.start) }?.tokens
    }

    private func isAfterBe(_ trigger: Mention<[Trigger]>, _ context: StatementContext) -> Bool {
        guard let before = context.token(at: trigger.start - 1) else { return false }
        return FunctionWords.passiveAuxiliaries.contains(before.key)
    }

    /// The ground named within a few words after the trigger: a place noun or a place name.
    /// An action object comes first in "took measures in Karabakh": a support verb, not ground taken.
    private func placeObject(after trigger: Mention<[Trigger]>, in run: Range<Int>, _ context: StatementContext) -> Range<Int>? {
        let window = trigger.end..<min(run.upperBound, trigger.end + 6)
        let noun = context.mentions.nouns.first { window.contains($0.start) }
        let place = context.mentions.places.first { window.contains($0.start) }
        let action = context.mentions.triggers.first { mention in
            window.contains(mention.start) && mention.value.contains { $0.sense == .attack(.action) }
        }
        if let action, action.start < min(noun?.start ?? .max, place?.start ?? .max) { return nil }
        // "the Karabakh region": the name comes first, and it names the ground, not its owner.
        if let place, noun == nil || place.start < noun!.start { return place.tokens }
        if let noun, noun.value == .place { return noun.tokens }
        return nil
    }
}
