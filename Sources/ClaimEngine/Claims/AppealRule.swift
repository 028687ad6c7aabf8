import Lexicons
import NewsText

/// Calls for restraint, de-escalation, a ceasefire or talks, made by a party.
///
/// - what is asked for, in itself: `exercise restraint`, `return to dialogue`, `de-escalate`;
/// - a word that asks to stop what the fighting word next to it names: `called for an
///   immediate halt to border clashes`, `urges the sides to stop the bloodshed`, `so that
///   hostilities cease`;
/// - an appeal verb about a ceasefire: `urged them to abide by the Moscow deal`, `China
///   hopes the truce will hold`.
///
/// The narrator never appeals, and a denial asks for nothing.
package struct AppealRule: ClaimRule {
    package let kind = ClaimKind.appeal

    package init() {}

    package func drafts(in context: StatementContext) -> [ClaimDraft] {
        guard Self.isAppeal(context) else { return [] }
        let anchor = context.statement.verb?.start ?? context.statement.content.first?.lowerBound ?? 0
        return [ClaimDraft(kind: .appeal, rule: .appeal, anchor: anchor)]
    }

    /// Whether the statement asks for restraint, talks or a truce.
    static func isAppeal(_ context: StatementContext) -> Bool {
        guard context.statement.speaker.party != .narrator, !context.statement.isDenial else { return false }
        if !context.triggers(where: { $0 == .appeal }).isEmpty { return true }
        let asks = context.statement.verb?.value.pattern == .appeal || context.appealVerbs.contains { context.inContent($0.start) }
            || context.isObligation
        // "Stop the fighting!" said in a quote asks; "a ceasefire to halt fighting" does not,
        // nor does a halt that dates something ("since the end of the war").
        let halts = haltedFighting(context).filter { !marksTime($0, context) }
        if !halts.isEmpty, asks || (context.statement.mode == .direct && !isReportedAsFact(context)) { return true }
        let appealVerb = context.statement.verb?.value.pattern == .appeal || context.appealVerbs.contains { context.inContent($0.start) }
        return (asks && !context.truces.isEmpty) || (appealVerb && !context.triggers(where: { $0 == .appealTopic }).isEmpty)
    }

    /// A halt said as a fact, not asked for: "the fighting was halted at 18:30", "fighting
    /// stopped yesterday evening", "anti-terrorist measures suspended".
    static func isReportedAsFact(_ context: StatementContext) -> Bool {
        haltedFighting(context).contains { halt in
            let inflection = context.forms[halt.start].inflection
            return (inflection == .past || inflection == .plural) && halt.value.contains { $0.sense == .halt }
        }
    }

    /// A halt after "after", "since", "before" or the like is a point in time: "after the end
    /// of the 44-day war", "since the cessation of hostilities".
    private static func marksTime(_ halt: Mention<[Trigger]>, _ context: StatementContext) -> Bool {
        var before = halt.start - 1
        if context.token(at: before)?.key == FunctionWords.the { before -= 1 }
        guard let token = context.token(at: before), before >= context.mentions.sentence.tokens.lowerBound else { return false }
        return FunctionWords.subordinators.contains(token.key)
    }

    /// The halt words next to a fighting word: "halt military activities", "an end to the
    /// hostilities", "hostilities cease". With `generalOnly`, only the fighting of both sides
    /// ("fighting", "hostilities", "military activities") counts — "stopped their advance"
    /// repels one side's attack, it ends no fighting.
    static func haltedFighting(_ context: StatementContext, generalOnly: Bool = false) -> [Mention<[Trigger]>] {
        // Most statements have no word of halting: they are done before the fighting words are sought.
        let halts = context.triggers(where: { $0 == .halt || $0 == .end }).map(\.mention)
        guard !halts.isEmpty else { return [] }
        let fighting = context.triggers { sense in
            guard case .attack(let word) = sense else { return false }
            return generalOnly ? word == .action : [.verb, .event, .noun, .intrusion, .action].contains(word)
        }.filter { found in
            !generalOnly || context.token(at: found.mention.start - 1)?.kind != .possessive
                && !context.sides.contains { $0.tokens.upperBound == found.mention.start }
        }
        return halts.filter { halt in
            // "have not stopped shelling": the fighting goes on.
            !context.isNegated(before: halt.start) && fighting.contains { found in
                let fight = found.mention
                let after = fight.start >= halt.end && fight.start - halt.end <= PhraseMatcher<Int>.gapLength
                    && (halt.end..<max(halt.end, fight.start)).allSatisfy { PhraseMatcher<Int>.canFillGap(context.tokens[$0]) }
                return after
                    || (fight.end <= halt.start && halt.start - fight.end <= 2 && context.modifiesOnly(from: fight.end, to: halt.start))
            }
        }
    }
}
