import Lexicons
import NewsText

/// Ceasefires: agreed, in force, violated, or named; with the start time when given.
///
/// `A ceasefire agreed in Moscow took effect from 12:00 local time (0800 GMT) on Saturday`
/// → in force, 08:00 UTC. "The deal", "the agreement" and "it" name a ceasefire only once the
/// article has named one, and only with a status word ("the deal frayed"). A status that is
/// asked for — `urged them to respect the truce`, `it should be strictly observed`, `China
/// hopes the truce will hold` — is an appeal, not a ceasefire claim.
package struct CeasefireRule: ClaimRule {
    package let kind = ClaimKind.ceasefire

    package init() {}

    package func drafts(in context: StatementContext) -> [ClaimDraft] {
        let truces = context.truces
        // "The fighting was halted at 18:30", "anti-terrorist measures suspended": a halt
        // reported as a fact is a ceasefire in force.
        if truces.isEmpty, AppealRule.isReportedAsFact(context), !AppealRule.isAppeal(context),
            let halt = AppealRule.haltedFighting(context, generalOnly: true).first
        {
            return [draft(.inForce, anchor: halt.start, context)]
        }
        guard !truces.isEmpty else { return [] }
        let statuses = context.triggers { if case .ceasefireStatus = $0 { true } else { false } }
        var drafts: [ClaimDraft] = []
        for status in statuses {
            guard case .ceasefireStatus(let value) = status.sense,
                truces.contains(where: { isAbout(status.mention, value, truce: $0, context) }),
                !isAskedFor(status.mention, context), !context.isHypothetical(at: status.mention.start)
            else { continue }
            // "the truce was not being respected": a status denied is the truce broken.
            let denied = value == .inForce && context.isNegated(before: status.mention.start)
            drafts.append(draft(denied ? .violated : value, anchor: status.mention.start, context))
        }
        // "A ceasefire established by Russia came into force": a participle right after the
        // truce describes it; the clause's own verb says what happened.
        if drafts.count > 1 {
            let attributive = drafts.filter { draft in truces.contains { $0.end == draft.anchor } }
            if attributive.count < drafts.count { drafts.removeAll { draft in attributive.contains { $0.anchor == draft.anchor } } }
        }
        // With no status word, a truce is claimed only when it is what the speaker speaks of:
        // "Macron welcomed the agreement", "Grigoryan announced the truce", "Bayramov told
        // reporters the ceasefire was temporary" — not a truce merely named in passing.
        let welcomed = context.statement.verb?.value.pattern == .welcome ? truces.first : nil
        let spokenOf = context.statement.verb.flatMap { verb in
            truces.first { truce in
                truce.start >= verb.end && truce.start - verb.end <= 4 && truce.value.contains { $0.sense == .truce }
            }
        }
        // "The new truce followed talks in Moscow": a truce the clause is about, as its subject.
        let subject = truces.first { truce in
            guard truce.value.contains(where: { $0.sense == .truce }), let run = context.run(of: truce.start),
                truce.start - run.lowerBound <= 3
            else { return false }
            return (run.lowerBound..<truce.start).allSatisfy { index in
                let token = context.tokens[index]
                return token.kind == .word && (!token.isCapitalized || index == run.lowerBound)
                    && context.mentions.parties.allSatisfy { !$0.tokens.contains(index) }
            }
        }
        if drafts.isEmpty, let mention = welcomed ?? spokenOf ?? subject, !AppealRule.isAppeal(context) || welcomed != nil,
            !context.isHypothetical(at: mention.start)
        {
            drafts.append(draft(.mentioned, anchor: mention.start, context))
        }
        var unique: [ClaimDraft] = []
        for draft in drafts where !unique.contains(where: { $0.identity == draft.identity }) { unique.append(draft) }
        return unique
    }

    /// Whether a status word speaks of a truce: within ten words of a truce word, or — for
    /// "it", "the deal" — its verb right after it ("it will hold", "the deal frayed") or before
    /// it ("violating it", "breaching that deal"), with only auxiliaries between. An agreement
    /// verb right after the anaphor describes it ("a statement signed by …"), it does not
    /// report the signing.
    private func isAbout(_ status: Mention<[Trigger]>, _ value: CeasefireStatus, truce: Mention<[Trigger]>, _ context: StatementContext) -> Bool {
        guard !truce.tokens.overlaps(status.tokens) else { return false }
        let named = truce.value.contains { $0.sense == .truce }
        if named { return context.contentDistance(truce.start, status.start) <= 10 }
        if status.start >= truce.end {
            let between = truce.end..<status.start
            // "the deal frayed", "it will hold", "the agreement appeared to be holding".
            guard between.count <= 4, between.allSatisfy({ FunctionWords.verbGroup.contains(context.tokens[$0].key) })
            else { return false }
            return !(between.isEmpty && value == .agreed && context.forms[status.start].inflection == .past)
        }
        let between = status.end..<truce.start
        return between.count <= 2 && between.allSatisfy { FunctionWords.nounOpeners.contains(context.tokens[$0].key) }
    }

    /// A status under an obligation ("should be respected", "must hold"), a goal ("towards the
    /// signing of …") or after an appeal verb of the sentence ("calls for the ceasefire to be
    /// respected", "hopes it will hold").
    private func isAskedFor(_ status: Mention<[Trigger]>, _ context: StatementContext) -> Bool {
        // "must be respected", "must be unconditional and strictly observed".
        let start = max(context.mentions.sentence.tokens.lowerBound, status.start - 6)
        if (start..<status.start).contains(where: { FunctionWords.deontic.contains(context.tokens[$0].key) }) { return true }
        // "steps towards the signing of a peace treaty": a goal.
        var before = status.start - 1
        if before >= start, FunctionWords.determiners.contains(context.tokens[before].key) { before -= 1 }
        if before >= start, FunctionWords.goals.contains(context.tokens[before].key) { return true }
        // The status must be the appeal's own object, not a relative clause inside it: "calls
        // on all sides to implement the agreement that was reached …" reports the agreement.
        // A "that" right after the verb opens its object ("urged that the truce be respected");
        // the status may follow the verb at once ("urged respecting the truce").
        return context.appealVerbs.contains { verb in
            verb.end <= status.start
                && !(min(verb.end + 1, status.start)..<status.start).contains { FunctionWords.relatives.contains(context.tokens[$0].key) }
        }
    }

    private func draft(_ status: CeasefireStatus, anchor: Int, _ context: StatementContext) -> ClaimDraft {
        var draft = ClaimDraft(kind: .ceasefire, rule: .ceasefire(status), anchor: anchor)
        draft.status = status
        draft.negated = context.statement.isDenial
        draft.time = context.eventTime()
        return draft
    }
}
