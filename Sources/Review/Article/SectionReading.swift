import ClaimEngine
import Lexicons
import NewsText

/// What the reviews read in one section of an article (the whole of most articles): the
/// extractor's analysis of it, the claims of each sentence, and every loaded term and contested
/// name with the voice it is written in. What the whole article tells is `ArticleFacts`.
struct SectionReading: Sendable {
    let analysis: ArticleAnalysis
    /// The claims of each sentence, by sentence index in the section.
    let claimsBySentence: [[Claim]]
    /// Loaded terms and contested names, in text order.
    private(set) var language: [LanguageUse] = []
    /// The index among all the article's sentences of the section's first sentence.
    let firstSentence: Int

    /// `named` is where the article named each place under which leanings before this
    /// section, and is where it has named them after it.
    init(analysis: ArticleAnalysis, names: RivalNames, named: inout NamedPlaces, firstSentence: Int) {
        self.analysis = analysis
        self.firstSentence = firstSentence
        var bySentence = [[Claim]](repeating: [], count: analysis.document.sentences.count)
        var sentenceAt: [Int: Int] = [:]
        for (index, sentence) in analysis.document.sentences.enumerated() { sentenceAt[sentence.range.start] = index }
        for claim in analysis.claims {
            if let index = sentenceAt[claim.sentence.start] { bySentence[index].append(claim) }
        }
        self.claimsBySentence = bySentence
        self.language = languageUses(names: names, named: &named)
    }

    var article: Article { analysis.document.article }
    var document: Document { analysis.document }
    var sentences: [Sentence] { analysis.document.sentences }

    /// The bytes a run of tokens covers.
    func range(of tokens: Range<Int>) -> ByteRange {
        document.tokens.bytes(spanning: tokens)
    }

    func text(_ range: ByteRange) -> String { document.text(range) }

    /// The statements of a sentence that produced claims, each with its claims.
    func attributedStatements(inSentence index: Int) -> [(statement: Statement, claims: [Claim])] {
        analysis.statements[index].enumerated().compactMap { position, statement in
            let claims = claimsBySentence[index].filter { $0.statement == position }
            return claims.isEmpty ? nil : (statement, claims)
        }
    }

    /// The vague-source phrases of a sentence (`hedges.tsv`, kind vague): "sources", "it is believed".
    func vagueSources(inSentence index: Int) -> [Mention<Hedge>] {
        analysis.mentions[index].hedges.filter { $0.value.kind == .vague }
    }

    /// In whose voice a run of tokens of a sentence is written.
    func voice(of tokens: Range<Int>, inSentence index: Int) -> LanguageUse.Voice {
        if analysis.quotes.isQuoted(tokens.lowerBound) || isScareQuoted(tokens) { return .quoted }
        for statement in analysis.statements[index] where statement.speaker.party != .narrator {
            let inside =
                statement.content.contains { $0.contains(tokens.lowerBound) }
                || statement.speakerTokens?.contains(tokens.lowerBound) == true
            guard inside else { continue }
            // A signed post or a transcript line is the speaker's own words, as a quotation is.
            return statement.mode == .direct ? .quoted : .paraphrase(statement.speaker.party)
        }
        return .own
    }

    /// `the ‘terrorists’ left`: single quotation marks right around the words.
    private func isScareQuoted(_ run: Range<Int>) -> Bool {
        let tokens = document.tokens
        guard run.lowerBound > 0, run.upperBound < tokens.count else { return false }
        return Self.isSingleQuote(tokens[run.lowerBound - 1], in: article.body)
            && Self.isSingleQuote(tokens[run.upperBound], in: article.body)
    }

    private static func isSingleQuote(_ token: Token, in body: [UInt8]) -> Bool {
        guard token.kind == .punctuation else { return false }
        let bytes = body[token.range.start..<token.range.end]
        return bytes.elementsEqual([0x27]) || bytes.elementsEqual([0xE2, 0x80, 0x98]) || bytes.elementsEqual([0xE2, 0x80, 0x99])
    }

    /// Every loaded term, and every contested place name that no loaded term covers.
    private func languageUses(names: RivalNames, named: inout NamedPlaces) -> [LanguageUse] {
        var uses: [LanguageUse] = []
        for index in sentences.indices {
            let found = analysis.mentions[index]
            for place in found.places { named.add(place.value) }
            var sentenceUses: [LanguageUse] = found.loadedTerms.map { term in
                let voice = voice(of: term.tokens, inSentence: index)
                let agent = term.value.agent == .fixed ? nil
                    : TermAgent(sentence: index, of: analysis, speaker: voice.speaker ?? (voice.isOwn ? analysis.outletVoice : nil))
                        .agent(of: term.tokens, term.value.agent)
                return use(
                    .term(neutral: term.value.suggestion(agent: agent)), leaning: term.value.leaning(agent: agent), tokens: term.tokens,
                    sentence: index, paired: false, voice: voice, agent: agent)
            }
            for place in found.places where names.isContested(place.value) {
                guard !found.loadedTerms.contains(where: { $0.tokens.overlaps(place.tokens) }) else { continue }
                let written = text(range(of: place.tokens))
                let kind = LanguageUse.Kind.place(
                    id: place.value.place, suggestion: names.suggestion(for: written, place.value), rivals: names.rivals(of: place.value))
                sentenceUses.append(
                    use(kind, leaning: place.value.leaning, tokens: place.tokens, sentence: index, paired: named.isPaired(place.value)))
            }
            uses += sentenceUses.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
        return uses
    }

    private func use(
        _ kind: LanguageUse.Kind, leaning: WordLeaning, tokens: Range<Int>, sentence: Int, paired: Bool,
        voice: LanguageUse.Voice? = nil, agent: Belligerent? = nil
    ) -> LanguageUse {
        let bytes = range(of: tokens)
        return LanguageUse(
            kind: kind, leaning: leaning, sentence: sentence, tokens: tokens, range: bytes, text: text(bytes),
            voice: voice ?? self.voice(of: tokens, inSentence: sentence), paired: paired, agent: agent)
    }
}

/// The leanings under which an article has named each place so far: a contested name is
/// paired once the article has also named the place another way, in this sentence or before.
struct NamedPlaces: Sendable {
    private var leanings: [String: Set<WordLeaning>] = [:]

    mutating func add(_ place: PlaceName) { leanings[place.place, default: []].insert(place.leaning) }

    func isPaired(_ place: PlaceName) -> Bool {
        leanings[place.place, default: []].contains { $0 != place.leaning }
    }
}
