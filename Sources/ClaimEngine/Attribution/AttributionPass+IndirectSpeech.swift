import Lexicons
import NewsText

/// Reported speech around a reporting verb: `Armenia's defence ministry said Azerbaijani forces
/// shelled Jermuk` (the speaker before the verb), `…, the ministry said` (after it), `Baku
/// denied that …`, `Yerevan accused Baku of …`, with `according to X` and a noun of speech
/// (`Baku's claim that …`) handed to their own rules.
extension AttributionPass {
    /// The statement a reporting verb introduces, or nil when the verb has no speaker or says
    /// nothing the sentence holds.
    mutating func indirectStatement(
        _ verb: Mention<ReportingVerb>, in found: SentenceMentions, cited: Speaker?, earlier: [Statement]
    ) -> Statement? {
        let sentence = found.sentence.tokens
        if verb.value.pattern == .according {
            return accordingTo(verb, in: found)
        }
        if verb.value.pattern == .noun || found.nominalVerbs.contains(verb.start) {
            return saidNoun(verb, in: found)
        }
        // "a figure Yerevan has not confirmed": declining to say is not saying.
        if verb.value.pattern == .speech, (max(sentence.lowerBound, verb.start - 2)..<verb.start).contains(where: {
            FunctionWords.not.contains(tokens[$0].key)
        }) {
            return nil
        }
        // "Michel said he had spoken with Aliyev and Pashinyan and urged both …": the verb
        // shares the subject of the sentence's earlier verb.
        // "The pact was announced by President Putin": the agent of a passive says it.
        if let passive = passiveSpeech(verb, in: found) { return passive }
        if let relative = relativeClauseSpeech(verb, in: found) { return relative }
        let sharedVerb = earlier.last { statement in
            statement.verb.map { $0.value.pattern != .noun && !found.nominalVerbs.contains($0.start) } ?? false
        }
        // "… and (immediately) accused", "…, but then urged": a verb joined to the clause before.
        var conjunction = verb.start - 1
        while conjunction > sentence.lowerBound, FunctionWords.verbAdverbs.contains(tokens[conjunction].key) { conjunction -= 1 }
        let joined = conjunction >= sentence.lowerBound && FunctionWords.joiningVerbs.contains(tokens[conjunction].key)
        if joined, let shared = sharedVerb ?? earlier.last {
            let content = reportedContent(after: verb, in: found)
            return Statement(
                speaker: shared.speaker, mode: .indirect, verb: verb, content: [content], rule: Self.rule(for: verb.value.pattern),
                speakerTokens: shared.speakerTokens)
        }
        // With no reporting verb before, the subject is the one that opens the sentence: "The
        // EU's foreign policy chief, Josep Borrell, met Armenia's foreign minister and called
        // on Azerbaijan to halt …", "Armenia and Azerbaijan reached agreement …, but accused …".
        if joined, let subject = openingSubject(before: conjunction, in: found) {
            let content = reportedContent(after: verb, in: found)
            var statement = Statement(
                speaker: subject.speaker, mode: .indirect, verb: verb, content: [content], rule: Self.rule(for: verb.value.pattern),
                speakerTokens: subject.tokens)
            statement.leadEnd = conjunction
            return statement
        }
        // "…, said Peskov." / "…, said the ministry." / "…, said the ministry on Saturday.": a
        // date after the speaker's name is not part of it.
        var phraseEnd = nextBreak(from: verb.end, in: sentence, commas: true)
        if let date = found.dates.first(where: { $0.tokens.lowerBound > verb.end && $0.tokens.lowerBound < phraseEnd }) {
            phraseEnd = date.tokens.lowerBound
            while phraseEnd > verb.end + 1, FunctionWords.prepositions.contains(tokens[phraseEnd - 1].key) { phraseEnd -= 1 }
        }
        if verb.start > sentence.lowerBound, tokens[verb.start - 1].key == FunctionWords.comma,
            phraseEnd - verb.end <= 6, found.triggers.inside(verb.end..<phraseEnd).isEmpty,
            let inverted = resolve(verb.end..<phraseEnd, found)
        {
            let relayed = verb.value.pattern == .speech
            let content = clauseStart(before: verb.start - 1, in: sentence, wholeClause: true, relayed: relayed)..<(verb.start - 1)
            return Statement(
                speaker: inverted, mode: .indirect, verb: verb, content: [content] + resumedWords(after: phraseEnd, in: found),
                rule: .speakerAfter, speakerTokens: verb.end..<phraseEnd)
        }
        let start = clauseStart(before: verb.start, in: sentence)
        if let subject = subject(before: verb.start, from: start, found) {
            var content = [reportedContent(after: verb, in: found)]
            let phraseStart = subject.tokens.lowerBound
            if !isSubstantive(content[0], found) || !opensContent(after: verb, in: found), verb.value.pattern != .appeal,
                phraseStart > sentence.lowerBound, tokens[phraseStart - 1].key == FunctionWords.comma
            {
                // "Azerbaijani forces shelled Stepanakert, Armenia said."; "Azerbaijani troops,
                // Pashinyan said, had shelled Jermuk" goes on after the tag.
                let relayed = verb.value.pattern == .speech
                let before = clauseStart(before: phraseStart - 1, in: sentence, wholeClause: true, relayed: relayed)..<(phraseStart - 1)
                content = [before] + resumedWords(after: verb.end, in: found)
            }
            let speaker = subject.speaker.party == .other ? (cited ?? subject.speaker) : subject.speaker
            // The publishing body's "we" is its own voice, not a report of it.
            let ownVoice = subject.tokens.count == 1 && FunctionWords.firstPerson.contains(tokens[subject.tokens.lowerBound].key)
            return Statement(
                speaker: speaker, mode: ownVoice ? .unattributed : .indirect, verb: verb, content: content,
                rule: ownVoice ? .outletVoice : Self.rule(for: verb.value.pattern), speakerTokens: subject.tokens)
        }
        // "TASS, citing the defence ministry, reported that …", "…, adding that …"
        guard let speaker = cited ?? earlier.last?.speaker else { return nil }
        let content = reportedContent(after: verb, in: found)
        return Statement(speaker: speaker, mode: .indirect, verb: verb, content: [content], rule: Self.rule(for: verb.value.pattern))
    }

    /// The words a tag set off by commas in mid-sentence leaves to go on with: "Azerbaijani
    /// troops, Pashinyan said, had shelled Jermuk overnight" — after the comma that closes the
    /// tag (its adjuncts included: "said on Monday,"), to the next clause break. None when the
    /// tag ends the sentence, or the words after it are a clause of their own ("…, adding
    /// that …", "…, while Baku …").
    func resumedWords(after tagEnd: Int, in found: SentenceMentions) -> [Range<Int>] {
        let sentence = found.sentence.tokens
        guard let comma = (tagEnd..<min(sentence.upperBound, tagEnd + 5)).first(where: { tokens[$0].key == FunctionWords.comma }),
            !(tagEnd..<comma).contains(where: { tokens[$0].kind != .word && tokens[$0].kind != .number }),
            comma + 1 < sentence.upperBound, !FunctionWords.clauseBreaks.contains(tokens[comma + 1].key),
            !FunctionWords.joiningVerbs.contains(tokens[comma + 1].key)
        else { return [] }
        let end = nextBreak(from: comma + 1, in: sentence, commas: false)
        let words = (comma + 1)..<end
        guard hasWords(words), !found.verbs.contains(where: { words.contains($0.start) }) else { return [] }
        return [words]
    }

    /// The speaker phrase that opens a sentence (after a dateline), for a verb joined to its
    /// first clause: the first comma-separated phrase before `end` that names a speaker.
    func openingSubject(before end: Int, in found: SentenceMentions) -> (speaker: Speaker, tokens: Range<Int>)? {
        let sentence = found.sentence.tokens
        var start = sentence.lowerBound
        // "MOSCOW – Armenia and …", "Sept 19 (Interfax) - Moscow is …": a dateline before a
        // dash, names, numbers and marks only.
        if let dash = (sentence.lowerBound..<min(end, sentence.lowerBound + 10)).first(where: { tokens[$0].kind == .dash }),
            (sentence.lowerBound..<dash).allSatisfy({ tokens[$0].kind != .word || tokens[$0].isCapitalized })
        {
            start = dash + 1
        }
        var segmentEnd = start
        while segmentEnd < end && tokens[segmentEnd].key != FunctionWords.comma { segmentEnd += 1 }
        // The subject is the phrase up to its verb: the names at the segment's head.
        guard let first = found.parties.first(where: { $0.start >= start && $0.start < segmentEnd }), first.start <= start + 3 else { return nil }
        var phraseEnd = first.end
        while phraseEnd < segmentEnd {
            // A name or an office read whole ("EU foreign policy chief Josep Borrell"), or a
            // word that joins them.
            if let end = found.parties.first(where: { $0.start == phraseEnd })?.end
                ?? found.offices.first(where: { $0.start == phraseEnd })?.end
            {
                phraseEnd = max(phraseEnd + 1, min(segmentEnd, end))
            } else if tokens[phraseEnd].key == FunctionWords.and || tokens[phraseEnd].kind == .possessive
                || found.parties.contains(where: { $0.start == phraseEnd + 1 })
                    && (tokens[phraseEnd].isCapitalized || FunctionWords.determiners.contains(tokens[phraseEnd].key))
            {
                phraseEnd += 1
            } else {
                break
            }
        }
        let phrase = start..<phraseEnd
        guard let speaker = resolve(phrase, found) else { return nil }
        return (speaker, phrase)
    }

    /// Whether the words after a verb are what was said: a clause, `that …`, or a colon —
    /// not an adjunct ("said in a statement after talks in Moscow"), a comma or the end of
    /// the sentence, which leave the words before the speaker as the content
    /// ("Both sides agreed to a truce, Lavrov said in a statement.").
    func opensContent(after verb: Mention<ReportingVerb>, in found: SentenceMentions) -> Bool {
        let sentence = found.sentence.tokens
        guard verb.end < sentence.upperBound else { return false }
        // … up to another reporting verb: the "that" of "…, Armenia said, adding that …" is the adding's.
        let nextVerb = found.verbs.first { $0.start >= verb.end }?.start ?? sentence.upperBound
        let window = verb.end..<min(verb.end + 8, sentence.upperBound, nextVerb)
        if window.contains(where: { tokens[$0].key == FunctionWords.that || tokens[$0].key == FunctionWords.colon }) { return true }
        let next = tokens[verb.end]
        if next.kind == .punctuation || next.kind == .dash { return false }
        return !FunctionWords.objectPrepositions.contains(next.key)
    }

    /// One statement per party when the speaker phrase names several: "Baku and Yerevan
    /// accused each other of violating it" is said by both.
    func coordinated(_ statement: Statement, _ found: SentenceMentions) -> [Statement] {
        guard let phrase = statement.speakerTokens else { return [statement] }
        // The subject stops at a comma; a list of names runs over commas. A speaker after what
        // it said ("… was reached by Azerbaijan and Armenia, Putin said") starts after the
        // words: the names in them are not speakers.
        var listStart = clauseStart(before: phrase.lowerBound, in: found.sentence.tokens)
        for run in statement.content where run.upperBound <= phrase.lowerBound { listStart = max(listStart, run.upperBound) }
        let list = listStart..<phrase.upperBound
        let parties = resolver.coordinated(list, in: found, tokens: tokens)
        guard !parties.isEmpty else { return [statement] }
        let sides = Set(parties.compactMap(\.belligerent))
        return parties.map { party in
            var said = statement.with(speaker: Speaker(party: party, phrase: statement.speaker.phrase, role: statement.speaker.role))
            said.isMutual = sides.count == 2 && parties.count == 2
            return said
        }
    }

    static func rule(for pattern: ReportingVerb.Pattern) -> AttributionRule {
        switch pattern {
        case .speech: .indirectSpeech
        case .deny: .denial
        case .accuse: .accusation
        case .according: .accordingTo
        case .citing: .citing
        case .noun: .statementNoun
        case .appeal: .appeal
        case .welcome: .welcome
        }
    }

    /// The speaker before a verb: the nearest comma-separated phrase that names one, so an
    /// apposition is looked through ("Zakharova, speaking at a briefing, said").
    func subject(before verb: Int, from start: Int, _ found: SentenceMentions) -> (speaker: Speaker, tokens: Range<Int>)? {
        var end = verb
        var segments = 0
        while end > start && segments < 3 {
            var segmentStart = end
            while segmentStart > start && tokens[segmentStart - 1].key != FunctionWords.comma { segmentStart -= 1 }
            let phrase = segmentStart..<end
            // "Putin, in a call with Pashinyan, had called …": a phrase set off that opens with
            // a preposition is an adjunct; the subject is before it.
            if segmentStart > start, FunctionWords.prepositions.contains(tokens[segmentStart].key) || tokens[segmentStart].key == FunctionWords.with {
                segments += 1
                end = segmentStart - 1
                continue
            }
            // "Lavrov strongly urged", "The ministry later said": an adverb before the verb is
            // no part of the speaker's name.
            let bare = withoutAdverbs(phrase, found)
            if let speaker = resolve(bare, found) { return (speaker, bare) }
            if bare != phrase, let speaker = resolve(phrase, found) { return (speaker, phrase) }
            // "We call for compliance with the ceasefire" in a ministry's own statement.
            if bare.count == 1, FunctionWords.firstPerson.contains(tokens[bare.lowerBound].key) {
                guard let outletVoice else { return nil }
                return (Speaker(party: outletVoice, phrase: bytes(bare), role: .body), bare)
            }
            // "…, Azernews reports, citing …": a name the lexicons do not know, set off by a comma.
            if segments == 0, bare.count == 1, tokens[bare.lowerBound].isCapitalized, tokens[bare.lowerBound].kind == .word,
                segmentStart > found.sentence.tokens.lowerBound
            {
                return (Speaker(party: .other, phrase: bytes(bare), role: .source), bare)
            }
            if segments == 0 && hasWords(bare) && segmentStart == start && isSubjectNoun(bare) {
                // "The report said …": a source the lexicons do not know.
                return (Speaker(party: .other, phrase: bytes(bare), role: .source), bare)
            }
            segments += 1
            end = segmentStart - 1
        }
        return nil
    }

    /// A phrase without the adverbs and auxiliaries that end it ("Armenia had formally"): words
    /// of `auxiliaries` and lower-case words in -ly that no party or office mention holds and
    /// no determiner makes a noun ("the family", "an ally").
    func withoutAdverbs(_ phrase: Range<Int>, _ found: SentenceMentions) -> Range<Int> {
        var end = phrase.upperBound
        while end - 1 > phrase.lowerBound {
            let token = tokens[end - 1]
            guard token.kind == .word, !token.isCapitalized,
                FunctionWords.auxiliaries.contains(token.key)
                    || endsInLy(token) && !FunctionWords.determiners.contains(tokens[end - 2].key),
                !found.parties.contains(where: { $0.tokens.contains(end - 1) }),
                !found.offices.contains(where: { $0.tokens.contains(end - 1) })
            else { break }
            end -= 1
        }
        return phrase.lowerBound..<end
    }

    private func endsInLy(_ token: Token) -> Bool {
        let text = document.article.body
        let range = token.range
        guard range.end - range.start >= 5 else { return false }
        return text[range.end - 2] | 0x20 == UInt8(ascii: "l") && text[range.end - 1] | 0x20 == UInt8(ascii: "y")
    }

    /// A short phrase ending in a noun-like word, not a pronoun or a clause.
    func isSubjectNoun(_ phrase: Range<Int>) -> Bool {
        phrase.count <= 4 && phrase.allSatisfy { tokens[$0].kind == .word || tokens[$0].kind == .possessive }
            && mentions[sentenceOfToken[phrase.lowerBound]].triggers.inside(phrase).isEmpty
    }

    func resolve(_ phrase: Range<Int>, _ found: SentenceMentions) -> Speaker? {
        guard !phrase.isEmpty, !phrase.contains(where: { quotes.isQuoted($0) }) else { return nil }
        return resolver.resolve(phrase, in: found, tokens: tokens, history: history)
    }
}
