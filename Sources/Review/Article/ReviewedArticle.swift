import ClaimEngine
import Lexicons
import NewsText
import Reconciliation

/// One article as the reviews read it: the extractor's analysis, the claims of each sentence,
/// and every loaded term and contested name with the voice it is written in.
///
/// The attribution check and the outlet bias report both start here, so they read an
/// article the same way.
package struct ReviewedArticle: Sendable {
    package let analysis: ArticleAnalysis
    /// The claims of each sentence, by sentence index.
    package let claimsBySentence: [[Claim]]
    /// The incident of each claim that is news: what the reconciler makes of this article's
    /// claims alone. A draft's news claims are one incident; a claim that recalls history
    /// ("In April 2016 …") is in none, so it is no source for today's news.
    package let claimIncidents: ClaimIncidents
    /// Loaded terms and contested names, in text order.
    package private(set) var language: [LanguageUse] = []
    private let quotes: QuoteRegions

    package init(analysis: ArticleAnalysis, names: RivalNames, grouper: IncidentGrouper) {
        self.analysis = analysis
        self.quotes = analysis.quotes
        var bySentence = [[Claim]](repeating: [], count: analysis.document.sentences.count)
        var sentenceAt: [Int: Int] = [:]
        for (index, sentence) in analysis.document.sentences.enumerated() { sentenceAt[sentence.range.start] = index }
        for claim in analysis.claims {
            if let index = sentenceAt[claim.sentence.start] { bySentence[index].append(claim) }
        }
        self.claimsBySentence = bySentence
        self.claimIncidents = ClaimIncidents(grouper.group([ArticleClaims(article: analysis.article, claims: analysis.claims, keepingSentences: false)]).incidents)
        self.language = languageUses(names: names)
    }

    package var article: Article { analysis.document.article }
    package var document: Document { analysis.document }
    package var sentences: [Sentence] { analysis.document.sentences }

    /// The bytes a run of tokens covers.
    package func range(of tokens: Range<Int>) -> ByteRange {
        document.tokens.bytes(spanning: tokens)
    }

    package func text(_ range: ByteRange) -> String { document.text(range) }

    /// The statements of a sentence that produced claims, each with its claims.
    package func attributedStatements(inSentence index: Int) -> [(statement: Statement, claims: [Claim])] {
        analysis.statements[index].enumerated().compactMap { position, statement in
            let claims = claimsBySentence[index].filter { $0.statement == position }
            return claims.isEmpty ? nil : (statement, claims)
        }
    }

    /// The vague-source phrases of a sentence (`hedges.tsv`, kind vague): "sources", "it is believed".
    package func vagueSources(inSentence index: Int) -> [Mention<Hedge>] {
        analysis.mentions[index].hedges.filter { $0.value.kind == .vague }
    }

    /// In whose voice a run of tokens of a sentence is written.
    package func voice(of tokens: Range<Int>, inSentence index: Int) -> LanguageUse.Voice {
        if quotes.isQuoted(tokens.lowerBound) || isScareQuoted(tokens) { return .quoted }
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
    private func languageUses(names: RivalNames) -> [LanguageUse] {
        var uses: [LanguageUse] = []
        // The leanings under which the article has named each place so far, for pairing.
        var named: [String: Set<WordLeaning>] = [:]
        for index in sentences.indices {
            let found = analysis.mentions[index]
            for place in found.places { named[place.value.place, default: []].insert(place.value.leaning) }
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
                let paired = named[place.value.place, default: []].contains { $0 != place.value.leaning }
                sentenceUses.append(use(kind, leaning: place.value.leaning, tokens: place.tokens, sentence: index, paired: paired))
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
