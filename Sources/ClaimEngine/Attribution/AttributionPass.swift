import NewsText

/// One walk through a document; holds what attribution learns as it reads.
struct AttributionPass {
    private typealias Tag = (speaker: Speaker, verb: Mention<ReportingVerb>?)

    let document: Document
    let tokens: [Token]
    let mentions: [SentenceMentions]
    /// The lexicon form of each token: a participle after "was" is a passive.
    let forms: [WordForm]
    /// The party the article's own voice is, in an official outlet's text.
    let outletVoice: Party?
    let resolver: SpeakerResolver
    let quotes: QuoteRegions
    /// The sentence of each token.
    let sentenceOfToken: [Int]
    private var history = SpeakerHistory()
    /// Speakers of quote regions once looked for (an inner nil: the quote has no speaker).
    private var regionTags: [Int: Tag?] = [:]
    /// Verbs used up as the tag of a quote, by first token.
    private var tagVerbs: Set<Int> = []
    /// For each signed sentence, the sentence of its signature line.
    private var signedBy: [Int: Int] = [:]
    private var signatures: Set<Int> = []
    /// The latest sentence that reported a named party's account, and that party.
    private var lastAccount: (sentence: Int, speaker: Speaker)? = nil
    /// A transcript label ("Mao Ning: …") speaks for the rest of its paragraph.
    private var label: (paragraph: Int, speaker: Speaker)? = nil

    init(
        document: Document, mentions: [SentenceMentions], forms: [WordForm], quotes: QuoteRegions, resolver: SpeakerResolver,
        outletVoice: Party?
    ) {
        self.document = document
        self.tokens = document.tokens
        self.mentions = mentions
        self.forms = forms
        self.resolver = resolver
        self.quotes = quotes
        var owner = [Int](repeating: 0, count: document.tokens.count)
        for (index, sentence) in document.sentences.enumerated() {
            for token in sentence.tokens { owner[token] = index }
        }
        self.sentenceOfToken = owner
        self.outletVoice = outletVoice
        if let outletVoice { history.record(Speaker(party: outletVoice, phrase: nil, role: .person)) }
    }

    mutating func run() -> [[Statement]] {
        findSignatures()
        var result: [[Statement]] = []
        for index in document.sentences.indices {
            let statements = statements(ofSentence: index)
            recordNames(in: mentions[index])
            result.append(statements)
        }
        return result
    }

    // MARK: Sentences

    private mutating func statements(ofSentence index: Int) -> [Statement] {
        let sentence = document.sentences[index]
        let found = mentions[index]
        if signatures.contains(index) { return [] }
        // A question asks about a claim; it makes none ("Q: Does China have any information …?").
        if tokens[sentence.tokens.upperBound - 1].key == FunctionWords.questionMark { return [] }
        if let signature = signedBy[index] {
            let signer = self.signer(of: signature)
            history.record(signer)
            var post = Statement(speaker: signer, mode: .direct, verb: nil, content: [sentence.tokens], rule: .signedPost)
            post.postedOn = mentions[signature].dates.first { $0.date != nil }?.date
            return [post]
        }
        if let labelled = transcriptLabel(found) {
            label = (sentence.paragraph, labelled.speaker)
            history.record(labelled.speaker)
            return [
                Statement(
                    speaker: labelled.speaker, mode: .direct, verb: nil, content: [labelled.content],
                    rule: .transcript, speakerTokens: labelled.phrase)
            ]
        }
        if let label, label.paragraph == sentence.paragraph, quotes.regions.isEmpty || !touchesQuote(sentence) {
            return [Statement(speaker: label.speaker, mode: .direct, verb: nil, content: [sentence.tokens], rule: .transcript)]
        }
        label = nil

        var statements: [Statement] = []
        var sawQuote = false
        for region in regionsTouching(sentence) {
            let run = quotes.regions[region].content.clamped(to: sentence.tokens)
            // A quote nobody is named for is part of the sentence around it: scare quotes,
            // a partial quote inside reported speech.
            guard let tag = tag(ofRegion: region), !run.isEmpty else { continue }
            sawQuote = true
            let rule: AttributionRule = quotes.regions[region].open < sentence.tokens.lowerBound ? .quoteContinued : .directQuote
            statements.append(Statement(speaker: tag.speaker, mode: .direct, verb: tag.verb, content: [run], rule: rule))
            history.record(tag.speaker)
        }
        let cited = citedSpeaker(in: found)
        for verb in found.verbs where !quotes.isQuoted(verb.start) && !tagVerbs.contains(verb.start) {
            guard verb.value.pattern != .citing else { continue }
            if let statement = indirectStatement(verb, in: found, cited: cited, earlier: statements) {
                rememberApposedName(of: statement, in: found)
                statements += coordinated(statement, found)
                history.record(statement.speaker)  // "… said that he had urged …": he is this speaker
            }
        }
        if statements.isEmpty && !sawQuote {
            if let account = continuedAccount(ofSentence: index, found) { return [account] }
            recordOpeningOfficial(of: found)
            return [Statement(speaker: .narrator, mode: .unattributed, verb: nil, content: [sentence.tokens], rule: .narrator)]
        }
        // "It came days after Azerbaijan, which has claimed territorial gains, pressed its
        // offensive", "The truce, which was announced by Moscow, frayed": around a speaker's
        // relative clause, the sentence is the writer's own.
        if !sawQuote, !statements.isEmpty, statements.allSatisfy({ $0.rule == .relativeClause }) {
            var runs: [Range<Int>] = []
            var start = sentence.tokens.lowerBound
            for statement in statements.sorted(by: { ($0.content.first?.lowerBound ?? 0) < ($1.content.first?.lowerBound ?? 0) }) {
                guard let content = statement.content.first, let verb = statement.verb,
                    let pronoun = relativePronoun(before: verb.start, in: sentence.tokens)
                else { continue }
                let opening = pronoun > sentence.tokens.lowerBound && tokens[pronoun - 1].key == FunctionWords.comma ? pronoun - 1 : pronoun
                let clause = opening..<max(content.upperBound, statement.speakerTokens?.upperBound ?? content.upperBound)
                if start < clause.lowerBound { runs.append(start..<clause.lowerBound) }
                start = max(start, clause.upperBound)
            }
            if start < sentence.tokens.upperBound { runs.append(start..<sentence.tokens.upperBound) }
            statements.insert(Statement(speaker: .narrator, mode: .unattributed, verb: nil, content: runs, rule: .narrator), at: 0)
        }
        if let speaker = statements.last(where: { $0.speaker.party != .other && $0.speaker.party != .narrator })?.speaker {
            lastAccount = (index, speaker)
        }
        if !sawQuote, let lead = narratorLead(of: statements, in: found) {
            statements.insert(lead, at: 0)
        }
        return innermost(statements)
    }

    /// A sentence with no source of its own that goes on with the account the sentence before
    /// it gave (CONVENTIONS, "plainly continues a named source's account"): "Armenia's
    /// defence ministry said the situation was tense. The Azerbaijani side is continuing its
    /// shelling." Only in the same paragraph, right after, and in the present tense of an
    /// ongoing report — the writer's own background is told in the past.
    private mutating func continuedAccount(ofSentence index: Int, _ found: SentenceMentions) -> Statement? {
        // An official text's own voice is the body's; a denial is the writer's own.
        guard outletVoice == nil, let account = lastAccount, account.sentence == index - 1,
            !found.sentence.tokens.contains(where: { FunctionWords.not.contains(tokens[$0].key) }),
            document.sentences[index - 1].paragraph == found.sentence.paragraph,
            found.sentence.tokens.contains(where: { FunctionWords.presentTense.contains(tokens[$0].key) }),
            !found.triggers.isEmpty
        else { return nil }
        lastAccount = (index, account.speaker)
        return Statement(
            speaker: account.speaker, mode: .indirect, verb: nil, content: [found.sentence.tokens], rule: .continuedAccount)
    }


    /// A clause the article asserts before a speaker's clause: "Azerbaijani troops invade
    /// Armenia near Black Lake, Yerevan demands withdrawal", "Russia brokers ceasefire after
    /// Armenia and Azerbaijan accuse each other …". Only a clause that names a party or side
    /// and is no speaker's words.
    private func narratorLead(of statements: [Statement], in found: SentenceMentions) -> Statement? {
        let sentence = found.sentence.tokens
        // "Armenia and Azerbaijan reached agreement on a ceasefire, but immediately accused …":
        // the clause before a joined verb is the writer's.
        if let joined = statements.compactMap(\.leadEnd).min(), joined > sentence.lowerBound + 1 {
            let lead = sentence.lowerBound..<joined
            guard !found.triggers.inside(lead).isEmpty else { return nil }
            return Statement(speaker: .narrator, mode: .unattributed, verb: nil, content: [lead], rule: .narrator)
        }
        let starts = statements.compactMap { $0.speakerTokens?.lowerBound ?? $0.verb?.start }
        guard let first = starts.min(), first > sentence.lowerBound + 1,
            tokens[first - 1].key == FunctionWords.comma || FunctionWords.subordinators.contains(tokens[first - 1].key)
        else { return nil }
        let lead = sentence.lowerBound..<(first - 1)
        let spoken = statements.contains { statement in statement.content.contains { $0.overlaps(lead) } }
        // A side, or a ceasefire: "Minutes after the ceasefire went into effect, the Armenian
        // military accused …".
        let namesSide = !found.parties.inside(lead).isEmpty || !found.sides.inside(lead).isEmpty
            || found.triggers.inside(lead).contains { $0.value.contains { $0.sense == .truce } }
        guard !spoken, namesSide, !found.triggers.inside(lead).isEmpty, !found.verbs.contains(where: { lead.contains($0.start) })
        else { return nil }
        return Statement(speaker: .narrator, mode: .unattributed, verb: nil, content: [lead], rule: .narrator)
    }

    /// Nested speech: where one statement's content holds another statement's speaker and
    /// verb, the outer statement gives up the words from the inner speaker onwards.
    private func innermost(_ statements: [Statement]) -> [Statement] {
        guard statements.count > 1 else { return statements }
        return statements.map { outer in
            var content = outer.content
            for inner in statements {
                guard let verb = inner.verb, verb.start != outer.verb?.start else { continue }
                // A verb that shares the subject named before ("refutes this and claims that …")
                // takes the words from the verb on.
                var cut = inner.speakerTokens?.lowerBound ?? verb.start
                if let run = outer.content.first(where: { $0.contains(verb.start) }), cut < run.lowerBound {
                    cut = verb.start > run.lowerBound && tokens[verb.start - 1].key == FunctionWords.and ? verb.start - 1 : verb.start
                }
                content = content.map { run in
                    run.contains(verb.start) && cut >= run.lowerBound ? run.lowerBound..<cut : run
                }
            }
            return outer.with(content: content)
        }
    }

    // MARK: Indirect speech

    private mutating func indirectStatement(
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
        // "…, said Peskov." / "…, said the ministry."
        let phraseEnd = nextBreak(from: verb.end, in: sentence, commas: true)
        if verb.start > sentence.lowerBound, tokens[verb.start - 1].key == FunctionWords.comma,
            phraseEnd - verb.end <= 6, found.triggers.inside(verb.end..<phraseEnd).isEmpty,
            let inverted = resolve(verb.end..<phraseEnd, found)
        {
            let content = clauseStart(before: verb.start - 1, in: sentence, wholeClause: true)..<(verb.start - 1)
            return Statement(
                speaker: inverted, mode: .indirect, verb: verb, content: [content], rule: .speakerAfter,
                speakerTokens: verb.end..<phraseEnd)
        }
        let start = clauseStart(before: verb.start, in: sentence)
        if let subject = subject(before: verb.start, from: start, found) {
            var content = reportedContent(after: verb, in: found)
            let phraseStart = subject.tokens.lowerBound
            if !isSubstantive(content, found) || !opensContent(after: verb, in: found), verb.value.pattern != .appeal,
                phraseStart > sentence.lowerBound, tokens[phraseStart - 1].key == FunctionWords.comma
            {
                // "Azerbaijani forces shelled Stepanakert, Armenia said."
                content = clauseStart(before: phraseStart - 1, in: sentence, wholeClause: true)..<(phraseStart - 1)
            }
            let speaker = subject.speaker.party == .other ? (cited ?? subject.speaker) : subject.speaker
            // The publishing body's "we" is its own voice, not a report of it.
            let ownVoice = subject.tokens.count == 1 && FunctionWords.firstPerson.contains(tokens[subject.tokens.lowerBound].key)
            return Statement(
                speaker: speaker, mode: ownVoice ? .unattributed : .indirect, verb: verb, content: [content],
                rule: ownVoice ? .outletVoice : Self.rule(for: verb.value.pattern), speakerTokens: subject.tokens)
        }
        // "TASS, citing the defence ministry, reported that …", "…, adding that …"
        guard let speaker = cited ?? earlier.last?.speaker else { return nil }
        let content = reportedContent(after: verb, in: found)
        return Statement(speaker: speaker, mode: .indirect, verb: verb, content: [content], rule: Self.rule(for: verb.value.pattern))
    }

    /// `The pact was announced by President Vladimir Putin`: a reporting verb in the passive
    /// with its agent; the clause up to the verb is what was said.
    private func passiveSpeech(_ verb: Mention<ReportingVerb>, in found: SentenceMentions) -> Statement? {
        let sentence = found.sentence.tokens
        guard verb.value.pattern == .speech, forms[verb.start].inflection == .past, verb.start > sentence.lowerBound,
            FunctionWords.passiveAuxiliaries.contains(tokens[verb.start - 1].key)
        else { return nil }
        // "the truce, which was announced by Washington": what was announced is the noun the
        // relative clause hangs on, and the rest of the sentence is not the agent's.
        let relative = relativePronoun(before: verb.start, in: sentence)
        let content = clauseStart(before: relative ?? (verb.start - 1), in: sentence)..<verb.end
        // "… have been reported": no one named, an unnamed source.
        guard verb.end < sentence.upperBound, tokens[verb.end].key == FunctionWords.by else {
            guard !isSubstantive(reportedContent(after: verb, in: found), found), hasWords(content) else { return nil }
            return Statement(speaker: Speaker(party: .other, phrase: nil, role: .source), mode: .indirect, verb: verb, content: [content], rule: .passiveSpeech)
        }
        let phrase = (verb.end + 1)..<nextBreak(from: verb.end + 1, in: sentence, commas: true)
        guard let speaker = resolve(phrase, found) else { return nil }
        // "… was announced by Washington on Sunday": the clause's own adjuncts are its words too.
        let said = content.lowerBound..<max(content.upperBound, phrase.upperBound)
        return Statement(
            speaker: speaker, mode: .indirect, verb: verb, content: [said], rule: relative == nil ? .passiveSpeech : .relativeClause,
            speakerTokens: phrase)
    }

    /// The relative pronoun that opens a reporting verb's clause: "which has claimed", "which
    /// was announced".
    private func relativePronoun(before verb: Int, in sentence: Range<Int>) -> Int? {
        var pronoun = verb - 1
        while pronoun > sentence.lowerBound, FunctionWords.auxiliaries.contains(tokens[pronoun].key) { pronoun -= 1 }
        return pronoun >= sentence.lowerBound && FunctionWords.relatives.contains(tokens[pronoun].key) ? pronoun : nil
    }

    /// `Azerbaijan, which has claimed numerous territorial gains, pressed …`: a reporting verb in
    /// a relative clause set off by commas says only what the clause holds, and its speaker is
    /// the name the clause hangs on.
    private func relativeClauseSpeech(_ verb: Mention<ReportingVerb>, in found: SentenceMentions) -> Statement? {
        let sentence = found.sentence.tokens
        guard let pronoun = relativePronoun(before: verb.start, in: sentence), pronoun > sentence.lowerBound + 1,
            tokens[pronoun - 1].key == FunctionWords.comma
        else { return nil }
        var nameStart = pronoun - 1
        while nameStart > sentence.lowerBound, tokens[nameStart - 1].key != FunctionWords.comma,
            !FunctionWords.subordinators.contains(tokens[nameStart - 1].key), pronoun - 1 - nameStart < 6
        {
            nameStart -= 1
        }
        let phrase = nameStart..<(pronoun - 1)
        guard let speaker = resolve(phrase, found) else { return nil }
        let end = nextBreak(from: verb.end, in: sentence, commas: true)
        return Statement(
            speaker: speaker, mode: .indirect, verb: verb, content: [verb.end..<max(verb.end, end)], rule: .relativeClause,
            speakerTokens: phrase)
    }

    /// The speaker phrase that opens a sentence (after a dateline), for a verb joined to its
    /// first clause: the first comma-separated phrase before `end` that names a speaker.
    private func openingSubject(before end: Int, in found: SentenceMentions) -> (speaker: Speaker, tokens: Range<Int>)? {
        let sentence = found.sentence.tokens
        var start = sentence.lowerBound
        // "MOSCOW – Armenia and …": a dateline before a dash.
        if let dash = (sentence.lowerBound..<min(end, sentence.lowerBound + 4)).first(where: { tokens[$0].kind == .dash }) { start = dash + 1 }
        var segmentEnd = start
        while segmentEnd < end && tokens[segmentEnd].key != FunctionWords.comma { segmentEnd += 1 }
        // The subject is the phrase up to its verb: the names at the segment's head.
        guard let first = found.parties.first(where: { $0.start >= start && $0.start < segmentEnd }), first.start <= start + 3 else { return nil }
        var phraseEnd = first.end
        while phraseEnd < segmentEnd, found.parties.contains(where: { $0.start == phraseEnd + 1 || $0.start == phraseEnd })
            || found.offices.contains(where: { $0.start == phraseEnd }) || tokens[phraseEnd].key == FunctionWords.and
            || tokens[phraseEnd].kind == .possessive
        {
            phraseEnd += 1
        }
        let phrase = start..<phraseEnd
        guard let speaker = resolve(phrase, found) else { return nil }
        return (speaker, phrase)
    }

    /// Whether the words after a verb are what was said: a clause, `that …`, or a colon —
    /// not an adjunct ("said in a statement after talks in Moscow"), a comma or the end of
    /// the sentence, which leave the words before the speaker as the content
    /// ("Both sides agreed to a truce, Lavrov said in a statement.").
    private func opensContent(after verb: Mention<ReportingVerb>, in found: SentenceMentions) -> Bool {
        let sentence = found.sentence.tokens
        guard verb.end < sentence.upperBound else { return false }
        let window = verb.end..<min(verb.end + 8, sentence.upperBound)
        if window.contains(where: { tokens[$0].key == FunctionWords.that || tokens[$0].key == FunctionWords.colon }) { return true }
        let next = tokens[verb.end]
        if next.kind == .punctuation || next.kind == .dash { return false }
        return !FunctionWords.objectPrepositions.contains(next.key)
    }

    /// One statement per party when the speaker phrase names several: "Baku and Yerevan
    /// accused each other of violating it" is said by both.
    private func coordinated(_ statement: Statement, _ found: SentenceMentions) -> [Statement] {
        guard let phrase = statement.speakerTokens else { return [statement] }
        // The subject stops at a comma; a list of names runs over commas.
        let list = clauseStart(before: phrase.lowerBound, in: found.sentence.tokens)..<phrase.upperBound
        let parties = resolver.coordinated(list, in: found, tokens: tokens)
        guard !parties.isEmpty else { return [statement] }
        let sides = Set(parties.compactMap(\.belligerent))
        return parties.map { party in
            var said = statement.with(speaker: Speaker(party: party, phrase: statement.speaker.phrase, role: statement.speaker.role))
            said.isMutual = sides.count == 2 && parties.count == 2
            return said
        }
    }

    /// A noun for what was said names its speaker just before it (`The EU has taken note of
    /// Baku's statement that …`, `Azerbaijani allegations that …`) or after `of` or `by`
    /// (`the claims of the Armenian defence ministry that …`, `reports spread by Baku about
    /// …`), whoever reports it. The content follows `that` or `about`.
    private func saidNoun(_ verb: Mention<ReportingVerb>, in found: SentenceMentions) -> Statement? {
        let sentence = found.sentence.tokens
        var start = verb.start
        while start > sentence.lowerBound, start > verb.start - 4 {
            let token = tokens[start - 1]
            let named = found.parties.contains { $0.tokens.contains(start - 1) } || found.sides.contains { $0.tokens.contains(start - 1) }
            guard named || token.kind == .possessive else { break }
            start -= 1
        }
        let window = verb.end..<min(sentence.upperBound, verb.end + 10)
        let marker = window.first { FunctionWords.contentMarkers.contains(tokens[$0].key) }
        var speakerTokens = start..<verb.start
        var speaker = start < verb.start ? resolve(speakerTokens, found) : nil
        if speaker == nil, let marker {
            // "the claims of the Armenian defence ministry that …": the source follows `of` or `by`.
            if let agent = (verb.end..<marker).first(where: { FunctionWords.sourceIntroducers.contains(tokens[$0].key) }) {
                speakerTokens = (agent + 1)..<marker
                speaker = resolve(speakerTokens, found)
            }
        }
        guard let speaker else { return nil }
        let contentStart = marker.map { $0 + 1 } ?? verb.end
        let content = contentStart..<max(contentStart, nextBreak(from: contentStart, in: sentence, commas: false))
        return Statement(
            speaker: speaker, mode: .indirect, verb: verb, content: [content], rule: .statementNoun, speakerTokens: speakerTokens)
    }

    /// `According to X, …` and `…, according to X.`
    private func accordingTo(_ verb: Mention<ReportingVerb>, in found: SentenceMentions) -> Statement? {
        let sentence = found.sentence.tokens
        let phraseEnd = nextBreak(from: verb.end, in: sentence, commas: true)
        guard let speaker = resolve(verb.end..<phraseEnd, found) else { return nil }
        let before = clauseStart(before: verb.start, in: sentence)
        let content: Range<Int>
        if hasWords(before..<verb.start) {
            let end = tokens[verb.start - 1].key == FunctionWords.comma ? verb.start - 1 : verb.start
            content = before..<end
        } else {
            let start = min(phraseEnd + 1, sentence.upperBound)
            content = start..<max(start, nextBreak(from: start, in: sentence, commas: false))
        }
        return Statement(
            speaker: speaker, mode: .indirect, verb: verb, content: [content], rule: .accordingTo,
            speakerTokens: verb.end..<phraseEnd)
    }

    private func citedSpeaker(in found: SentenceMentions) -> Speaker? {
        guard let citing = found.verbs.first(where: { $0.value.pattern == .citing }) else { return nil }
        return resolve(citing.end..<nextBreak(from: citing.end, in: found.sentence.tokens, commas: true), found)
    }

    private static func rule(for pattern: ReportingVerb.Pattern) -> AttributionRule {
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
    private func subject(before verb: Int, from start: Int, _ found: SentenceMentions) -> (speaker: Speaker, tokens: Range<Int>)? {
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
            if let speaker = resolve(phrase, found) { return (speaker, phrase) }
            // "We call for compliance with the ceasefire" in a ministry's own statement.
            if phrase.count == 1, FunctionWords.firstPerson.contains(tokens[phrase.lowerBound].key) {
                guard let outletVoice else { return nil }
                return (Speaker(party: outletVoice, phrase: bytes(phrase), role: .body), phrase)
            }
            // "…, Azernews reports, citing …": a name the lexicons do not know, set off by a comma.
            if segments == 0, phrase.count == 1, tokens[phrase.lowerBound].isCapitalized, tokens[phrase.lowerBound].kind == .word,
                segmentStart > found.sentence.tokens.lowerBound
            {
                return (Speaker(party: .other, phrase: bytes(phrase), role: .source), phrase)
            }
            if segments == 0 && hasWords(phrase) && segmentStart == start && isSubjectNoun(phrase) {
                // "The report said …": a source the lexicons do not know.
                return (Speaker(party: .other, phrase: bytes(phrase), role: .source), phrase)
            }
            segments += 1
            end = segmentStart - 1
        }
        return nil
    }

    /// A short phrase ending in a noun-like word, not a pronoun or a clause.
    private func isSubjectNoun(_ phrase: Range<Int>) -> Bool {
        phrase.count <= 4 && phrase.allSatisfy { tokens[$0].kind == .word || tokens[$0].kind == .possessive }
            && mentions[sentenceOfToken[phrase.lowerBound]].triggers.inside(phrase).isEmpty
    }

    private func resolve(_ phrase: Range<Int>, _ found: SentenceMentions) -> Speaker? {
        guard !phrase.isEmpty, !phrase.contains(where: { quotes.isQuoted($0) }) else { return nil }
        return resolver.resolve(phrase, in: found, tokens: tokens, history: history)
    }

    // MARK: Quotes

    private func regionsTouching(_ sentence: Sentence) -> [Int] {
        var found: [Int] = []
        for token in sentence.tokens {
            if let region = quotes.region(of: token), found.last != region { found.append(region) }
        }
        return found
    }

    private func touchesQuote(_ sentence: Sentence) -> Bool {
        sentence.tokens.contains { quotes.isQuoted($0) }
    }

    /// The speaker of a quotation: tagged after it, before it, by the sentence before it
    /// ending in a colon, or by a signature line.
    private mutating func tag(ofRegion region: Int) -> Tag? {
        if let known = regionTags[region] { return known }
        let quote = quotes.regions[region]
        let found = tagAfter(quote) ?? tagBefore(quote) ?? tagByColonSentence(quote) ?? tagBySignature(quote)
            ?? tagByPreviousQuote(region)
        if let verb = found?.verb { tagVerbs.insert(verb.start) }
        regionTags[region] = .some(found)
        return found
    }

    /// `"…," the ministry said` / `"…," said Peskov` / `"…" Peskov told reporters.`
    private func tagAfter(_ quote: QuoteRegions.Region) -> Tag? {
        guard quote.closed else { return nil }
        let found = mentions[sentenceOfToken[quote.close]]
        let sentence = found.sentence.tokens
        guard let verb = found.verbs.first(where: { $0.start > quote.close && $0.start <= quote.close + 8 }),
            !found.verbs.contains(where: { $0.start > quote.close && $0.start < verb.start })
        else { return nil }
        var phraseStart = quote.close + 1
        if phraseStart < verb.start && tokens[phraseStart].key == FunctionWords.comma { phraseStart += 1 }
        if let speaker = resolve(phraseStart..<verb.start, found) { return (speaker, verb) }
        if phraseStart == verb.start, let speaker = resolve(verb.end..<nextBreak(from: verb.end, in: sentence, commas: true), found) {
            return (speaker, verb)
        }
        return nil
    }

    /// `Peskov said: "…"`, `Peskov told reporters, "…"`, `Armenia: "…"`.
    private func tagBefore(_ quote: QuoteRegions.Region) -> Tag? {
        let found = mentions[sentenceOfToken[quote.open]]
        let sentence = found.sentence.tokens
        var end = quote.open
        if end > sentence.lowerBound && (tokens[end - 1].key == FunctionWords.colon || tokens[end - 1].key == FunctionWords.comma) {
            end -= 1
        }
        guard end > sentence.lowerBound else { return nil }
        let start = clauseStart(before: end, in: sentence)
        // The quote is the verb's whole object: right after it, or after its colon or comma
        // ("Peskov said: “…”", "told reporters, “…”"). A quote inside the reported words
        // ("accused Armenia of “a large-scale provocation”") is a partial quote, not a tag.
        let setOff = end < quote.open || found.verbs.contains { $0.end == quote.open }
        if setOff, let verb = found.verbs.last(where: { $0.end <= end && end - $0.end <= 4 }), !quotes.isQuoted(verb.start),
            let subject = subject(before: verb.start, from: clauseStart(before: verb.start, in: sentence), found)
        {
            return (subject.speaker, verb)
        }
        if end < quote.open, tokens[end].key == FunctionWords.colon, let speaker = resolve(start..<end, found) {
            return (speaker, nil)
        }
        return nil
    }

    /// `The ministry said in a statement:` ending the sentence before the quote.
    private func tagByColonSentence(_ quote: QuoteRegions.Region) -> Tag? {
        let index = sentenceOfToken[quote.open]
        guard index > 0, document.sentences[index].tokens.lowerBound == quote.open else { return nil }
        let previous = mentions[index - 1]
        guard tokens[previous.sentence.tokens.upperBound - 1].key == FunctionWords.colon,
            let verb = previous.verbs.first(where: { !quotes.isQuoted($0.start) }),
            let subject = subject(
                before: verb.start, from: clauseStart(before: verb.start, in: previous.sentence.tokens), previous)
        else { return nil }
        return (subject.speaker, verb)
    }

    /// `"…," Dargahli said. "…"`: a quote with no tag of its own that follows a tagged quote
    /// of the same paragraph goes on with the same speaker.
    private func tagByPreviousQuote(_ region: Int) -> Tag? {
        guard region > 0, let previous = regionTags[region - 1], let tag = previous else { return nil }
        let paragraph = { (token: Int) in self.document.sentences[self.sentenceOfToken[min(token, self.tokens.count - 1)]].paragraph }
        guard paragraph(quotes.regions[region - 1].close) == paragraph(quotes.regions[region].open) else { return nil }
        return tag
    }

    private func tagBySignature(_ quote: QuoteRegions.Region) -> Tag? {
        let next = sentenceOfToken[max(quote.close - 1, quote.open)] + 1
        guard signatures.contains(next) else { return nil }
        return (signer(of: next), nil)
    }

    // MARK: Posts and transcripts

    /// A signature line: `— Shushan Stepanyan (@ShStepanyan) September 27, 2020`.
    private mutating func findSignatures() {
        for (index, sentence) in document.sentences.enumerated() {
            let first = sentence.tokens.lowerBound
            guard tokens[first].kind == .dash, sentence.tokens.count > 1, sentence.tokens.count <= 16,
                tokens[first + 1].isCapitalized,
                sentence.tokens.contains(where: { tokens[$0].key == FunctionWords.openParen })
            else { continue }
            signatures.insert(index)
            let paragraph = tokens[first].startsLine ? sentence.paragraph - 1 : sentence.paragraph
            var post = index - 1
            while post >= 0 && document.sentences[post].paragraph == paragraph && !signatures.contains(post) {
                signedBy[post] = index
                post -= 1
            }
        }
    }

    private func signer(of signature: Int) -> Speaker {
        let found = mentions[signature]
        let start = found.sentence.tokens.lowerBound + 1
        var end = start
        while end < found.sentence.tokens.upperBound && tokens[end].key != FunctionWords.openParen
            && tokens[end].kind != .number
        {
            end += 1
        }
        return resolve(start..<end, found) ?? Speaker(party: .other, phrase: bytes(start..<end), role: .source)
    }

    /// `Mao Ning: China calls on both sides …` at the start of a line.
    private func transcriptLabel(_ found: SentenceMentions) -> (speaker: Speaker, content: Range<Int>, phrase: Range<Int>)? {
        let sentence = found.sentence.tokens
        guard tokens[sentence.lowerBound].startsLine else { return nil }
        guard let colon = sentence.prefix(6).first(where: { tokens[$0].key == FunctionWords.colon }),
            colon + 1 < sentence.upperBound, tokens[colon + 1].kind != .openQuote,
            // The label ends with the speaker's name, not a thing of theirs ("X's terror: …").
            found.parties.contains(where: { $0.end == colon }) || found.offices.contains(where: { $0.end == colon }),
            let speaker = resolve(sentence.lowerBound..<colon, found)
        else { return nil }
        return (speaker, (colon + 1)..<sentence.upperBound, sentence.lowerBound..<colon)
    }

    /// Remembers surnames of full names, so "Stepanyan said" later finds its party.
    /// "Geng Shuang, China's Permanent Representative to the UN, said": a name the lexicons do
    /// not know, set beside the office it holds, speaks for that office's party when it comes
    /// back alone ("Geng Shuang stated").
    private mutating func rememberApposedName(of statement: Statement, in found: SentenceMentions) {
        guard let phrase = statement.speakerTokens, phrase.lowerBound >= found.sentence.tokens.lowerBound + 3,
            tokens[phrase.lowerBound - 1].key == FunctionWords.comma, statement.speaker.party != .other
        else { return }
        var start = phrase.lowerBound - 1
        while start > found.sentence.tokens.lowerBound, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized {
            start -= 1
        }
        let name = start..<(phrase.lowerBound - 1)
        guard name.count >= 2, name.count <= 4, !found.parties.contains(where: { $0.tokens.overlaps(name) }) else { return }
        for index in name { history.recordSurname(tokens[index].key, party: statement.speaker.party) }
    }

    /// An official who opens a sentence without speaking is who "the envoy", "he" or "it"
    /// next refers to: "China's special envoy Li Hui toured Baku. The envoy said …",
    /// "Azerbaijan's defence ministry issued a statement. It said …". A name no lexicon knows
    /// right after the office is remembered as that party's. Only people and ministries: an
    /// army or a body that opens a sentence is more often acting than about to speak.
    private mutating func recordOpeningOfficial(of found: SentenceMentions) {
        let sentence = found.sentence.tokens
        guard let office = found.offices.first, office.start - sentence.lowerBound <= 3,
            office.value.role == .person || office.value.role == .ministry
        else { return }
        var end = office.end
        while end < sentence.upperBound, end - office.end < 3, tokens[end].kind == .word, tokens[end].isCapitalized { end += 1 }
        let phrase = sentence.lowerBound..<end
        guard let speaker = resolve(phrase, found), speaker.party != .other else { return }
        history.record(speaker)
        let name = office.end..<end
        if name.count >= 2, !found.parties.contains(where: { $0.tokens.overlaps(name) }) {
            for index in name { history.recordSurname(tokens[index].key, party: speaker.party) }
        }
    }

    private mutating func recordNames(in found: SentenceMentions) {
        for mention in found.parties where mention.value.role == .person && mention.tokens.count >= 2 {
            history.recordSurname(tokens[mention.end - 1].key, party: mention.value.party)
        }
    }

    // MARK: Token navigation

    /// The first token of the clause that contains `index`: after a semicolon, `while`,
    /// `but`, a subordinator or relative pronoun ("hostilities for which both sides blame each
    /// other": the subject is after "which"), a quotation mark, a dash, a colon or another
    /// reporting verb. With `wholeClause`, relatives and subordinators do not end it: the
    /// words before an inverted speaker ("… in clashes with forces that broke out on Monday,
    /// Pashinyan said") are the whole clause.
    private func clauseStart(before index: Int, in sentence: Range<Int>, wholeClause: Bool = false) -> Int {
        var start = index
        let found = mentions[sentenceOfToken[min(max(index - 1, sentence.lowerBound), sentence.upperBound - 1)]]
        // A relative clause or an adjunct closed by a comma before `index` is inside the
        // subject: "The presidents of Russia, the United States and France, whose countries
        // co-chair the Minsk Group, called …", "Aliyev, after talks in Brussels, said …".
        var closed = false
        while start > sentence.lowerBound {
            let token = tokens[start - 1]
            let opensSubordinate = FunctionWords.subordinating.contains(token.key) && !closed
            let opensClause = !wholeClause && (token.key == FunctionWords.that || opensSubordinate)
            if token.key == FunctionWords.semicolon || token.key == FunctionWords.colon
                || FunctionWords.clauseBreaks.contains(token.key) || opensClause
                || token.kind == .openQuote || token.kind == .closeQuote || token.kind == .dash
                || found.verbs.contains(where: {
                    $0.end == start && $0.value.pattern != .according && !found.nominalVerbs.contains($0.start)
                })
            {
                break
            }
            if token.key == FunctionWords.comma { closed = true }
            start -= 1
        }
        return start
    }

    /// The first clause break at or after `index` (and the first comma, when asked).
    private func nextBreak(from index: Int, in sentence: Range<Int>, commas: Bool) -> Int {
        var end = index
        while end < sentence.upperBound {
            let token = tokens[end]
            if token.key == FunctionWords.semicolon || FunctionWords.clauseBreaks.contains(token.key) { break }
            if commas && (token.key == FunctionWords.comma || token.key == FunctionWords.openParen || token.kind == .punctuation) {
                break
            }
            end += 1
        }
        return end
    }

    /// The reported words after a verb, up to the next clause break: `said (that) …`,
    /// `told reporters on Monday that …`, `added, however, that …`.
    private func reportedContent(after verb: Mention<ReportingVerb>, in found: SentenceMentions) -> Range<Int> {
        let sentence = found.sentence.tokens
        var start = contentStart(after: verb, in: found)
        // An adverb the writer inserted before the content ("however", "though") is no break.
        while start < sentence.upperBound && FunctionWords.clauseBreaks.contains(tokens[start].key) { start += 1 }
        while start < sentence.upperBound && tokens[start].key == FunctionWords.comma { start += 1 }
        var end = max(start, nextBreak(from: start, in: sentence, commas: false))
        // "… were killed, while 293 soldiers were wounded": a clause with no speaker of its own
        // goes on with the same account.
        if end < sentence.upperBound, !found.verbs.contains(where: { $0.start > end && !found.nominalVerbs.contains($0.start) }) {
            end = sentence.upperBound
        }
        return start..<end
    }

    /// Where the reported words start: after `that`, after `told reporters … that`.
    private func contentStart(after verb: Mention<ReportingVerb>, in found: SentenceMentions) -> Int {
        let sentence = found.sentence.tokens
        let window = verb.end..<min(verb.end + 8, sentence.upperBound)
        if let that = window.first(where: { tokens[$0].key == FunctionWords.that }),
            !isSubstantive(verb.end..<that, found)
        {
            return that + 1
        }
        var start = verb.end
        while start < sentence.upperBound && (tokens[start].key == FunctionWords.colon || tokens[start].key == FunctionWords.comma) {
            start += 1
        }
        return start
    }

    /// Whether a range carries anything a claim could be made of.
    private func isSubstantive(_ range: Range<Int>, _ found: SentenceMentions) -> Bool {
        guard !range.isEmpty else { return false }
        return !found.triggers.inside(range).isEmpty || !found.parties.inside(range).isEmpty
            || !found.sides.inside(range).isEmpty || !found.counts.filter { range.contains($0.tokens.lowerBound) }.isEmpty
    }

    private func hasWords(_ range: Range<Int>) -> Bool {
        range.contains { tokens[$0].kind == .word || tokens[$0].kind == .number }
    }

    private func bytes(_ range: Range<Int>) -> ByteRange? {
        guard !range.isEmpty else { return nil }
        return tokens.bytes(spanning: range)
    }
}
