import Lexicons
import NewsText

/// One walk through a document; holds what attribution learns as it reads.
///
/// The driver: `statements(ofSentence:)` tries the rules in this order, each in a file of its
/// own (`AttributionPass+<Rule>.swift`) whose doc comment shows the sentences it handles —
/// a signed post (`SignedPosts`), a transcript line (`Transcripts`), direct quotes
/// (`DirectQuotes`), reported speech around each reporting verb (`IndirectSpeech`, which hands
/// `according to` to `AccordingTo`, nouns of speech to `StatementNoun`, passives to
/// `PassiveSpeech` and relative clauses to `RelativeClause`), a sentence that goes on with the
/// account before it (`ContinuedAccount`), the writer's own clauses around a speaker's words
/// (`WritersClauses`), and else the narrator. `SpeakerMemory` records the names it learns;
/// `TokenNavigation` holds the token helpers the rules share.
struct AttributionPass {
    typealias Tag = (speaker: Speaker, verb: Mention<ReportingVerb>?)

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
    var history: SpeakerHistory
    /// Speakers of quote regions once looked for (an inner nil: the quote has no speaker).
    var regionTags: [Int: Tag?] = [:]
    /// Verbs used up as the tag of a quote, by first token.
    var tagVerbs: Set<Int> = []
    /// For each signed sentence, the sentence of its signature line.
    var signedBy: [Int: Int] = [:]
    var signatures: Set<Int> = []
    /// The latest sentence that reported a named party's account, and that party.
    var lastAccount: (sentence: Int, speaker: Speaker)? = nil
    /// A transcript label ("Mao Ning: …") speaks for the rest of its paragraph.
    var label: (paragraph: Int, speaker: Speaker)? = nil

    init(
        document: Document, mentions: [SentenceMentions], forms: [WordForm], quotes: QuoteRegions, resolver: SpeakerResolver,
        outletVoice: Party?, history: SpeakerHistory
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
        self.history = history
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

    mutating func statements(ofSentence index: Int) -> [Statement] {
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
        // offensive", "The truce, which was announced by Moscow, frayed", "The truce followed
        // talks with Lavrov, in which he urged …": around a speaker's relative clause, the
        // sentence is the writer's own.
        if !sawQuote, !statements.isEmpty, statements.allSatisfy({ relativeOpening(of: $0, in: sentence.tokens) != nil }) {
            var runs: [Range<Int>] = []
            var start = sentence.tokens.lowerBound
            for statement in statements.sorted(by: { ($0.content.first?.lowerBound ?? 0) < ($1.content.first?.lowerBound ?? 0) }) {
                guard let content = statement.content.first, let opening = relativeOpening(of: statement, in: sentence.tokens) else {
                    continue
                }
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
        if !sawQuote, let tail = narratorTail(of: statements, in: found) {
            statements.append(tail)
        }
        if !sawQuote { statements = withoutAsides(statements, in: found) }
        return innermost(statements)
    }

    /// Nested speech: where one statement's content holds another statement's speaker and
    /// verb, the outer statement gives up the words from the inner speaker onwards.
    func innermost(_ statements: [Statement]) -> [Statement] {
        guard statements.count > 1 else { return statements }
        return statements.map { outer in
            var content = outer.content
            for inner in statements {
                guard let verb = inner.verb, verb.start != outer.verb?.start, !denies(outer, account: inner) else { continue }
                // A verb that shares the subject named before ("refutes this and claims that …")
                // takes the words from the verb on.
                var cut = inner.speakerTokens?.lowerBound ?? verb.start
                // "…, Dargahli said, Trend reports": where both speakers come after the words, the
                // words said before the inner speaker go with it.
                if let words = inner.content.first, words.upperBound <= cut, inner.rule != .relativeClause,
                    let run = outer.content.first(where: { $0.contains(verb.start) }), words.lowerBound >= run.lowerBound,
                    let outerVerb = outer.verb, run.upperBound <= outerVerb.start
                {
                    cut = words.lowerBound
                }
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

    /// Whether `outer` denies the account `inner` gives, named as its object: "denied
    /// Azerbaijani reports that its units had fired" denies what the reports say.
    private func denies(_ outer: Statement, account inner: Statement) -> Bool {
        guard let object = outer.deniedObject, let account = inner.verb, inner.rule == .statementNoun else { return false }
        return object.contains(account.start)
    }
}
