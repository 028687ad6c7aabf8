import NewsText

/// A typing rule: reads one statement and drafts the claims of one kind it makes.
package protocol ClaimRule: Sendable {
    /// The claim kind the rule drafts.
    var kind: ClaimKind { get }
    func drafts(in context: StatementContext) -> [ClaimDraft]
}

/// What a typing rule may look at: the statement, its sentence's mentions and the tokens.
package struct StatementContext: Sendable {
    package let statement: Statement
    package let mentions: SentenceMentions
    package let tokens: [Token]

    /// Every word that names a belligerent in the content, in text order: states, demonyms,
    /// people ("Pashinyan"), and side words resolved against the speaker ("our", "the enemy").
    package let sides: [(tokens: Range<Int>, side: Belligerent)]

    package init(statement: Statement, mentions: SentenceMentions, tokens: [Token]) {
        self.statement = statement
        self.mentions = mentions
        self.tokens = tokens
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
            let antecedent = statement.mode == .indirect ? nil
                : found.last { $0.tokens.upperBound <= mention.start && run?.contains($0.tokens.lowerBound) == true }
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
    package func eventTime(introduced: Bool = false) -> String? {
        let sentence = mentions.sentence.tokens
        let stated = mentions.times.first { time in
            let start = time.tokens.lowerBound
            let end = time.tokens.upperBound
            let isStamp = start - sentence.lowerBound <= 2 && end < sentence.upperBound
                && (tokens[end].kind == .dash || tokens[end].key == FunctionWords.colon)
            guard !isStamp, introduced else { return !isStamp }
            var before = start - 1
            if before > sentence.lowerBound && FunctionWords.approximately.contains(tokens[before].key) { before -= 1 }
            return before >= sentence.lowerBound && FunctionWords.timeIntroducers.contains(tokens[before].key)
        }
        return stated.map { $0.time.description + ($0.isUTC ? "Z" : "") }
    }

    /// The speaker's own side, for "our", "its" and "the enemy".
    package var speakerSide: Belligerent? { statement.speaker.party.belligerent }

    /// Whether a token is part of what the speaker says.
    package func inContent(_ index: Int) -> Bool {
        statement.content.contains { $0.contains(index) }
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

    /// The nearest side word ending at or before `index`, not before `lowerBound`.
    package func side(before index: Int, notBefore lowerBound: Int) -> (tokens: Range<Int>, side: Belligerent)? {
        sides.last { $0.tokens.upperBound <= index && $0.tokens.lowerBound >= lowerBound }
    }

    /// The first side word at or after `index`, before `upperBound`.
    package func side(after index: Int, before upperBound: Int) -> (tokens: Range<Int>, side: Belligerent)? {
        sides.first { $0.tokens.lowerBound >= index && $0.tokens.lowerBound < upperBound }
    }

    /// Whether a negation ("not", "never") stands within a few tokens before `index`.
    package func isNegated(before index: Int) -> Bool {
        let start = max(index - 3, run(of: index)?.lowerBound ?? index)
        return (start..<index).contains { FunctionWords.not.contains(tokens[$0].key) }
    }
}
