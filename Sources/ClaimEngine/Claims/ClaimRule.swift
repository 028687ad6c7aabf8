import Lexicons
import NewsText

/// A typing rule: reads one statement and drafts the claims of one kind it makes.
package protocol ClaimRule: Sendable {
    /// The claim kind the rule drafts.
    var kind: ClaimKind { get }
    func drafts(in context: StatementContext) -> [ClaimDraft]
}

/// Who attacked whom in the latest attack an article told: what "the attack" refers back to.
package struct PreviousAttack: Sendable, Equatable {
    package let aggressor: Belligerent?
    package let target: Belligerent?

    package init(aggressor: Belligerent?, target: Belligerent?) {
        self.aggressor = aggressor
        self.target = target
    }
}

/// A loss the sentence before counted: what "this" or "the figures" a denial names refer back to.
package struct PreviousLoss: Sendable, Equatable {
    package let victim: Victim
    package let outcome: Outcome
}

/// What a typing rule may look at: the statement, its sentence's mentions and the tokens.
package struct StatementContext: Sendable {
    package let statement: Statement
    package let mentions: SentenceMentions
    package let tokens: [Token]
    /// The lexicon form of each token of the document, by token index.
    package let forms: [WordForm]
    /// The latest attack an earlier sentence of the article told, for "the attacks", "this
    /// latest attack".
    package let earlierAttack: PreviousAttack?
    /// The losses the sentence before counted, for "Baku refuted this".
    package let earlierLosses: [PreviousLoss]
    /// The article body the token ranges point into.
    package let body: [UInt8]

    /// Every word that names a belligerent in the content, in text order: states, demonyms,
    /// people ("Pashinyan"), and side words resolved against the speaker ("our", "the enemy").
    package let sides: [(tokens: Range<Int>, side: Belligerent)]

    package init(
        statement: Statement, mentions: SentenceMentions, tokens: [Token], forms: [WordForm], body: [UInt8] = [],
        earlierAttack: PreviousAttack? = nil, earlierLosses: [PreviousLoss] = []
    ) {
        self.statement = statement
        self.mentions = mentions
        self.tokens = tokens
        self.forms = forms
        self.body = body
        self.earlierAttack = earlierAttack
        self.earlierLosses = earlierLosses
        let inContent = { (index: Int) in statement.content.contains { $0.contains(index) } }
        let speakerSide = statement.speaker.party.belligerent
        var found: [(tokens: Range<Int>, side: Belligerent)] = []
        for mention in mentions.parties where inContent(mention.start) {
            if let side = mention.value.party.belligerent { found.append((mention.tokens, side)) }
        }
        found.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        for mention in mentions.sides where inContent(mention.start) {
            // In reported speech "its" is the speaker's ("Armenia said Azerbaijan shelled its
            // positions"); in a speaker's own words it is a third party's ("the enemy lost its").
            let run = statement.content.first { $0.contains(mention.start) }
            let before = statement.mode == .indirect ? []
                : found.filter { $0.tokens.upperBound <= mention.start && run?.contains($0.tokens.lowerBound) == true }
            // A pronoun refers back to a subject rather than to a side in a prepositional phrase:
            // in "Armenia's policy, the shelling of the Azerbaijani army's positions and the
            // provocations it carried out", "it" is Armenia.
            let isObject = { (side: (tokens: Range<Int>, side: Belligerent)) -> Bool in
                let start = side.tokens.lowerBound
                return (max(mentions.sentence.tokens.lowerBound, start - 2)..<start).contains {
                    FunctionWords.objectPrepositions.contains(tokens[$0].key)
                }
            }
            let antecedent = before.last { !isObject($0) } ?? before.last
            let side = mention.value == .antecedent && antecedent != nil ? antecedent?.side : mention.value.resolve(speaker: speakerSide)
            if let side {
                let index = found.firstIndex { $0.tokens.lowerBound > mention.start } ?? found.endIndex
                found.insert((mention.tokens, side), at: index)
            }
        }
        sides = found
    }

    /// The time of day the speaker gives, `HH:MM` (with `Z` when converted to UTC): "at 08:10
    /// local time", "from 12:00 local time (0800 GMT)". An entry's own stamp at the head of the
    /// sentence ("08:50 — …", "Update, 08:40: …") is when it was posted, not when anything happened.
    /// With `introduced`, only an hour after "at" or "from" ("at around 06:00") counts: when
    /// an attack began, not "as of 19:00" when a toll was counted.
    package func eventTime(introduced: Bool = false) -> StatedTime? {
        let sentence = mentions.sentence.tokens
        let content = statement.content
        let stated = mentions.times.first { time in
            let start = time.tokens.lowerBound
            // A time in a gap of the speaker's words is another voice's: "blamed each other for
            // breaking the truce, which took effect at noon, with new shelling".
            if let first = content.first, let last = content.last, start > first.lowerBound, start < last.upperBound,
                !content.contains(where: { $0.contains(start) })
            {
                return false
            }
            let isStamp = TimeMention.isStamp(time, in: mentions.sentence, tokens: tokens)
            guard !isStamp, introduced else { return !isStamp }
            var before = start - 1
            if before > sentence.lowerBound && FunctionWords.approximately.contains(tokens[before].key) { before -= 1 }
            return before >= sentence.lowerBound && FunctionWords.timeIntroducers.contains(tokens[before].key)
        }
        return stated.map { StatedTime(clock: $0.time, isUTC: $0.isUTC) }
    }

    /// The words by which a denial names an account the article just gave rather than saying
    /// what it denies — "refuted this", "denied these claims", "dismissed the statement as a
    /// lie" — right after its verb; nil for any other statement.
    package var deniedAccount: Range<Int>? {
        guard let window = statement.deniedObject else { return nil }
        let object = window.clamped(to: mentions.sentence.tokens)
        guard !object.isEmpty else { return nil }
        if FunctionWords.demonstratives.contains(tokens[object.lowerBound].key) { return object.lowerBound..<(object.lowerBound + 1) }
        if let noun = mentions.verbs.first(where: { object.contains($0.start) && mentions.nominalVerbs.contains($0.start) }) {
            return noun.tokens
        }
        return mentions.offices.first { object.contains($0.start) && $0.value.role == .statement }?.tokens
    }

    /// What a denial says of the account it names, to the end of its words: "the statement as
    /// a “blatant lie”" — a partial quote there makes the denial direct.
    package func deniedWords(_ account: Range<Int>) -> Range<Int> {
        guard let run = run(of: account.lowerBound) else { return account }
        return account.lowerBound..<max(account.upperBound, run.upperBound)
    }

    /// The losses of the speaker's own side that a denial of the account before denies:
    /// "Stepanakert said 300 Azerbaijani soldiers were killed. Baku refuted this." Empty when
    /// the statement denies no account, or the account counted none of the speaker's losses.
    package var deniedLosses: [PreviousLoss] {
        guard let side = speakerSide, deniedAccount != nil else { return [] }
        return earlierLosses.filter { $0.victim.belligerent == side }
    }

    /// The speaker's own side, for "our", "its" and "the enemy".
    package var speakerSide: Belligerent? { statement.speaker.party.belligerent }

    /// Whether a token is part of what the speaker says.
    package func inContent(_ index: Int) -> Bool {
        statement.content.contains { $0.contains(index) }
    }

    /// How many words of the content lie between two tokens: words left out of it (a
    /// speaker's relative clause) do not part them.
    package func contentDistance(_ first: Int, _ second: Int) -> Int {
        let between = min(first, second)..<max(first, second)
        return statement.content.reduce(0) { $0 + $1.clamped(to: between).count }
    }

    /// The content run that holds a token.
    package func run(of index: Int) -> Range<Int>? {
        statement.content.first { $0.contains(index) }
    }

    /// Trigger mentions in the content with a sense the predicate accepts.
    package func triggers(where accepts: (Trigger.Sense) -> Bool) -> [(mention: Mention<[Trigger]>, sense: Trigger.Sense)] {
        mentions.triggers.compactMap { mention in
            guard inContent(mention.start), let sense = mention.value.map(\.sense).first(where: accepts) else { return nil }
            return (mention, sense)
        }
    }

    /// The words in the content that name a ceasefire: a truce word, or an anaphor ("the
    /// deal", "it") once the article has named a truce.
    package var truces: [Mention<[Trigger]>] {
        let named = triggers { $0 == .truce }.map(\.mention)
        let anaphors = triggers { $0 == .truceAnaphor }.map(\.mention).filter { anaphor in
            mentions.followsTruce || mentions.triggers.contains { $0.end <= anaphor.start && $0.value.contains { $0.sense == .truce } }
        }
        return (named + anaphors).sorted { $0.start < $1.start }
    }

    /// Whether the word at `index` is a passive participle: "was liberated", "were shelled".
    package func isPassive(_ index: Int) -> Bool {
        guard forms[index].inflection == .past, let before = wordBefore(index, skippingAdverbs: true) else { return false }
        return FunctionWords.passiveAuxiliaries.contains(tokens[before].key)
    }

    /// Whether the word at `index` is what someone tried to do: "tried to seize", "attempted
    /// to advance".
    package func isAttempt(before index: Int) -> Bool {
        guard index >= 2, index - 2 >= mentions.sentence.tokens.lowerBound, tokens[index - 1].key == FunctionWords.to else {
            return false
        }
        return FunctionWords.attempts.contains(tokens[index - 2].key)
    }

    /// Whether the words at `index` are a condition, a counterfactual or a wish rather than a
    /// report: "if the ceasefire is in place", "had the hostilities continued, we would have
    /// lost …", "the ceasefire should pave the way". A modal or "if" earlier in the clause, or
    /// a modal right after the word ("the ceasefire should …").
    package func isHypothetical(at index: Int) -> Bool {
        let sentence = mentions.sentence.tokens
        var start = index
        while start > max(sentence.lowerBound, index - 8) {
            let token = tokens[start - 1]
            if token.key == FunctionWords.semicolon || FunctionWords.clauseBreaks.contains(token.key) { break }
            start -= 1
        }
        // "would" and "could" after a past reporting verb are its future ("expressed confidence
        // that the truce would hold"); only with "have" are they a counterfactual.
        let conditional = { (position: Int) in
            let token = tokens[position]
            if token.key == FunctionWords.if { return true }
            guard FunctionWords.conditional.contains(token.key), !token.isCapitalized else { return false }
            if FunctionWords.backshifted.contains(token.key) {
                return position + 1 < sentence.upperBound && tokens[position + 1].key == FunctionWords.have
            }
            return true
        }
        if (start..<index).contains(where: conditional) { return true }
        let after = (index + 1)..<min(sentence.upperBound, index + 3)
        return after.contains(where: conditional)
    }

    /// Whether the content asks for something by a modal of obligation: "must stop", "should
    /// be respected", "need to return to talks".
    package var isObligation: Bool {
        statement.content.contains { run in run.contains { FunctionWords.deontic.contains(tokens[$0].key) } }
    }

    /// The sentence's appeal verbs: "urged", "calls for", "hopes".
    package var appealVerbs: [Mention<ReportingVerb>] {
        mentions.verbs.filter { $0.value.pattern == .appeal }
    }

    /// The nearest side word ending at or before `index`, not before `lowerBound`.
    package func side(before index: Int, notBefore lowerBound: Int) -> (tokens: Range<Int>, side: Belligerent)? {
        sides.last { $0.tokens.upperBound <= index && $0.tokens.lowerBound >= lowerBound }
    }

    /// The first side word at or after `index`, before `upperBound`.
    package func side(after index: Int, before upperBound: Int) -> (tokens: Range<Int>, side: Belligerent)? {
        sides.first { $0.tokens.lowerBound >= index && $0.tokens.lowerBound < upperBound }
    }

    /// A side named together with the other: "Armenia and Azerbaijan", "between Armenian and
    /// Azerbaijani forces" — both, so neither alone.
    package func isPaired(_ side: Range<Int>) -> Bool {
        guard let this = sides.first(where: { $0.tokens == side })?.side else { return false }
        return sides.contains { other in other.side != this && abs(other.tokens.lowerBound - side.lowerBound) <= 3 }
    }

    /// The token at `index` when it lies in the claim's sentence; nil outside it. A rule looks
    /// a word or two past a trigger, a count or a side, and past a sentence with no stop — a
    /// heading, or a paragraph broken off mid-sentence — lies the text before or after it: not
    /// the sentence's words, and not there at all when a long article is read in sections.
    package func token(at index: Int) -> Token? {
        mentions.sentence.tokens.contains(index) ? tokens[index] : nil
    }

    /// The word before `index` in the sentence, past adverbs such as "also" when asked.
    package func wordBefore(_ index: Int, skippingAdverbs: Bool) -> Int? {
        var before = index - 1
        let first = mentions.sentence.tokens.lowerBound
        while before >= first, skippingAdverbs, FunctionWords.verbAdverbs.contains(tokens[before].key) { before -= 1 }
        return before >= first ? before : nil
    }

    /// Whether the word at `index` makes the word after it a noun: a determiner, a possessive,
    /// a number, a demonym or side word ("Azerbaijani shelling"), an attack modifier.
    package func makesNoun(_ index: Int) -> Bool {
        let token = tokens[index]
        if token.kind == .possessive || token.kind == .number || FunctionWords.determiners.contains(token.key) { return true }
        if mentions.parties.contains(where: { $0.end == index + 1 && $0.value.role == .demonym }) { return true }
        if mentions.sides.contains(where: { $0.end == index + 1 }) { return true }
        return mentions.triggers.contains { mention in
            mention.end == index + 1 && mention.value.contains { $0.sense == .attack(.modifier) }
        }
    }

    /// The text of a token.
    package func text(ofToken index: Int) -> String {
        text(ofTokens: index..<(index + 1))
    }

    /// The bytes from the first token of `range` to the end of its last.
    package func bytes(ofTokens range: Range<Int>) -> ByteRange {
        ByteRange(tokens[range.lowerBound].range.start, tokens[range.upperBound - 1].range.end)
    }

    /// The text from the first token of `range` to the end of its last, as written.
    package func text(ofTokens range: Range<Int>) -> String {
        let bytes = bytes(ofTokens: range)
        return String(decoding: body[bytes.start..<bytes.end], as: UTF8.self)
    }

    /// Whether an object starts at `index`: a party, side or place name, a people or place
    /// noun, a count, or a determiner ("invade Armenia", "shell the town").
    package func startsObject(at index: Int) -> Bool {
        guard index < mentions.sentence.tokens.upperBound else { return false }
        let token = tokens[index]
        if FunctionWords.determiners.contains(token.key) || token.kind == .number { return true }
        return mentions.parties.contains { $0.start == index } || mentions.sides.contains { $0.start == index }
            || mentions.places.contains { $0.start == index } || mentions.nouns.contains { $0.start == index }
    }

    /// Whether a word unknown to the lexicons ends like a plural: "drones", "helicopters".
    package func endsLikePlural(_ index: Int) -> Bool {
        let range = tokens[index].range
        guard range.count >= 4, tokens[index].kind == .word else { return false }
        let last = body[range.end - 1] | 0x20
        let before = body[range.end - 2] | 0x20
        return last == UInt8(ascii: "s") && before != UInt8(ascii: "s")
    }

    /// Whether a word has a verb's ending, known to the lexicons or not: "aimed", "rising".
    package func looksLikeVerb(_ index: Int) -> Bool {
        forms[index].ending == .past || forms[index].ending == .progressive
    }

    /// Whether the tokens from `start` to `end` are only modifiers of one clause, few enough to
    /// stand between a support verb and its noun: "launched [a large-scale] offensive" (no
    /// preposition: "began with provocations" is no object).
    package func modifiesOnly(from start: Int, to end: Int) -> Bool {
        guard start <= end, end - start <= PhraseMatcher<Int>.gapLength else { return false }
        return (start..<end).allSatisfy { index in
            let token = tokens[index]
            // Quotation marks are transparent: uses “local countermeasures”.
            if token.kind == .openQuote || token.kind == .closeQuote { return true }
            return PhraseMatcher<Int>.canFillGap(token) && !FunctionWords.objectPrepositions.contains(token.key)
        }
    }

    /// Whether a negation ("not", "never") stands within a few tokens before `index`.
    package func isNegated(before index: Int) -> Bool {
        let start = max(index - 4, run(of: index)?.lowerBound ?? index)
        return (start..<index).contains { FunctionWords.not.contains(tokens[$0].key) }
    }
}
