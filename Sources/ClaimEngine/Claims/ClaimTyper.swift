import Lexicons
import NewsText

/// The type stage: runs every claim rule over every statement and fills in the values
/// shared by all kinds — party, mode, date, places, evidence.
package struct ClaimTyper: Sendable {
    package let rules: [any ClaimRule]

    /// The rules in the order their kinds are listed in DESIGN.md.
    package init(rules: [any ClaimRule] = [AttackRule(), CasualtiesRule(), TerritoryRule(), CeasefireRule(), AppealRule()]) {
        self.rules = rules
    }

    /// The claims of one sentence, in text order, one per (party, kind, distinguishing value),
    /// numbered from `firstNumber`.
    /// `outletVoice` is the party the narrator speaks for in an official outlet's own text
    /// (a ministry communiqué), nil for a news outlet. `placeLists` holds the article's lists
    /// of places so far, which its claims share.
    package func claims(
        in statements: [Statement], mentions: SentenceMentions, document: Document, forms: [WordForm], quotes: QuoteRegions,
        outletVoice: Party?, earlierAttack: PreviousAttack? = nil, earlierLosses: [PreviousLoss] = [], firstNumber: Int = 1,
        placeLists: inout SharedPlaceLists
    ) -> [Claim] {
        let voiced = statements.map { Self.voiced($0, outletVoice: outletVoice) }
        var drafted: [(statement: Int, draft: ClaimDraft)] = []
        for (index, statement) in voiced.enumerated() {
            let context = StatementContext(
                statement: statement, mentions: mentions, tokens: document.tokens, forms: forms, body: document.article.body,
                earlierAttack: earlierAttack, earlierLosses: earlierLosses)
            for rule in rules {
                for draft in rule.drafts(in: context) {
                    // The same claim told twice by one party is one claim — unless two of its
                    // speakers tell it in words apart ("the two sides blamed each other for
                    // breaking the truce, and Azerbaijan's top diplomat said it never took effect").
                    let duplicate = drafted.contains {
                        let earlier = voiced[$0.statement]
                        return earlier.speaker.party == statement.speaker.party && $0.draft.identity == draft.identity
                            && (earlier.speakerTokens == nil || earlier.speakerTokens == statement.speakerTokens
                                || earlier.content.contains { run in statement.content.contains { $0.overlaps(run) } })
                    }
                    if !duplicate { drafted.append((index, draft)) }
                }
            }
        }
        drafted.sort { $0.draft.anchor < $1.draft.anchor }
        let dater = ClaimDater(mentions: mentions, tokens: document.tokens, statements: statements, published: document.article.published)
        // The places a sentence's claims share are listed once, so its claims share the list.
        let places = placeLists.shared(Self.places(mentions.places, in: document))
        let verbSpans = voiced.map { $0.verb.map { document.tokens.bytes(spanning: $0.start..<$0.end) } }
        return drafted.enumerated().map { offset, drafted in
            let statement = voiced[drafted.statement]
            let draft = drafted.draft
            let dated = dater.date(of: draft, in: statement)
            return Claim(
                Claim.Fields(
                    number: firstNumber + offset,
                    party: statement.speaker.party,
                    speakerSpan: statement.speaker.phrase,
                    // A partial quote that carries the claim's words makes reported speech direct:
                    // Baku said Armenia staged "a large-scale provocation".
                    mode: statement.mode == .indirect && (draft.words ?? draft.anchor..<(draft.anchor + 1)).contains(where: quotes.isQuoted)
                        ? .direct : statement.mode,
                    verbSpan: verbSpans[drafted.statement], verbStance: statement.verb?.value.stance,
                    kind: draft.kind, aggressor: draft.aggressor, target: draft.target, negated: draft.negated,
                    victim: draft.victim, outcome: draft.outcome, count: draft.count, mergedOutcomes: draft.mergedOutcomes,
                    date: dated?.date, dateSource: dated?.source ?? .stated, dateAtNight: dated?.atNight ?? false,
                    places: places, resumes: draft.resumes,
                    status: draft.status, time: draft.time,
                    rule: ClaimRuleID(attribution: statement.rule, typing: draft.rule), sentence: mentions.sentence.range,
                    statement: drafted.statement)
            )
        }
    }

    /// In an official outlet's own text the narrator is the outlet: "our positions" in a
    /// defence ministry communiqué are the ministry's side.
    private static func voiced(_ statement: Statement, outletVoice: Party?) -> Statement {
        guard statement.speaker.party == .narrator, let outletVoice else { return statement }
        return Statement(
            speaker: Speaker(party: outletVoice, phrase: nil, role: .body), mode: .unattributed, verb: nil,
            content: statement.content, rule: .outletVoice)
    }

    /// The sentence's places, each name as written once, in text order.
    private static func places(_ mentions: [Mention<PlaceName>], in document: Document) -> [PlaceReference] {
        var seen: Set<String> = []
        var places: [PlaceReference] = []
        places.reserveCapacity(mentions.count)
        for mention in mentions {
            let name = document.text(document.tokens.bytes(spanning: mention.start..<mention.end))
            if seen.insert(name).inserted { places.append(PlaceReference(name: name, mention.value)) }
        }
        // A corpus command keeps the list for the whole run; a name the sentence repeats
        // leaves room unused.
        return places.heldExactly()
    }
}
