import Lexicons
import NewsText

/// The extraction pipeline of DESIGN.md from an article to its claims:
/// segment → match → attribute → type.
///
/// An `Extractor` is a value built once from validated lexicons; `claims(in:)` is a pure
/// function of the article, so articles can be processed in any order or in parallel.
package struct Extractor: Sendable {
    package let segmenter: SentenceSegmenter
    package let finder: MentionFinder
    package let attributor = Attributor()
    package let typer: ClaimTyper

    /// The extractor for a lexicon: its phrases, number words, calendar words and abbreviations.
    package init(lexicon: Lexicon, typer: ClaimTyper = ClaimTyper()) throws(LexiconError) {
        try lexicon.requireTable(NumberLexicon.columns, file: "numbers.tsv")
        try lexicon.requireTable(CalendarLexicon.columns, file: "calendar.tsv")
        self.segmenter = SentenceSegmenter(abbreviations: lexicon.abbreviations)
        self.finder = MentionFinder(
            lexicon: lexicon, dateResolver: DateResolver(calendar: lexicon.calendar, numbers: lexicon.numbers),
            countParser: CountParser(numbers: lexicon.numbers, calendar: lexicon.calendar))
        self.typer = typer
    }

    /// At least how many bytes of a long article are read at once (`forEachSection`): enough
    /// that every article of a usual length is one section.
    package static let sectionBytes = 1 << 16

    /// The article's claims, in text order, numbered from 1.
    package func claims(in article: Article) -> [Claim] {
        var claims: [Claim] = []
        forEachSection(of: article) { claims += $0.claims }
        return claims
    }

    /// The article read one section (`ArticleSection`) at a time, each section's analysis
    /// handed to `body` and then let go, so what is held at once is bounded by the section
    /// however long the article. The sections' claims, in order, are `claims(in:)`: what
    /// attribution and typing learn reading one section goes on into the next.
    package func forEachSection(
        of article: Article, minimumBytes: Int = Extractor.sectionBytes, _ body: (ArticleAnalysis) throws -> Void
    ) rethrows {
        var reading = Reading(outletVoice: outletVoice(article.outlet))
        for section in ArticleSection.sections(of: article.body, minimumBytes: minimumBytes) {
            try body(analysis(of: article, section: section, reading: &reading))
        }
    }

    /// Every stage's output for one whole article — sentences, mentions, statements and
    /// claims — for readers that need more than the claims (the attribution check).
    package func analysis(of article: Article) -> ArticleAnalysis {
        var reading = Reading(outletVoice: outletVoice(article.outlet))
        return analysis(of: article, section: .whole(article.body), reading: &reading)
    }

    /// What reading an article carries from one section to the next.
    private struct Reading {
        let outletVoice: Party?
        var history: SpeakerHistory
        var truceNamed = false
        var earlierAttack: PreviousAttack? = nil
        /// The losses the sentence just read counted.
        var earlierLosses: [PreviousLoss] = []
        var claimCount = 0
        var firstParagraph = 0
        var placeLists = SharedPlaceLists()

        init(outletVoice: Party?) {
            self.outletVoice = outletVoice
            self.history = SpeakerHistory(outletVoice: outletVoice)
        }
    }

    private func analysis(of article: Article, section: ArticleSection, reading: inout Reading) -> ArticleAnalysis {
        let document = Document(article: article, section: section, firstParagraph: reading.firstParagraph, segmenter: segmenter)
        reading.firstParagraph = document.sentences.last.map { $0.paragraph + 1 } ?? reading.firstParagraph
        let forms = finder.forms(of: document)
        let quotes = QuoteRegions(document: document)
        var mentions = document.sentences.map { finder.mentions(in: $0, of: document, forms: forms) }
        for index in mentions.indices {
            mentions[index].followsTruce = reading.truceNamed
            reading.truceNamed = reading.truceNamed || mentions[index].triggers.contains { $0.value.contains { $0.sense == .truce } }
        }
        let voice = reading.outletVoice
        let statements = attributor.statements(
            in: document, mentions: mentions, forms: forms, quotes: quotes, outletVoice: voice, history: &reading.history)
        var claims: [Claim] = []
        for (index, sentenceStatements) in statements.enumerated() {
            let found = typer.claims(
                in: sentenceStatements, mentions: mentions[index], document: document, forms: forms, quotes: quotes,
                outletVoice: voice, earlierAttack: reading.earlierAttack, earlierLosses: reading.earlierLosses,
                firstNumber: reading.claimCount + claims.count + 1, placeLists: &reading.placeLists)
            if let attack = found.last(where: { $0.kind == .attack && !$0.negated && $0.aggressor != nil }) {
                reading.earlierAttack = PreviousAttack(aggressor: attack.aggressor, target: attack.target)
            }
            reading.earlierLosses = found.compactMap { claim in
                guard claim.kind == .casualties, !claim.negated, claim.count != nil, let victim = claim.victim,
                    let outcome = claim.outcome
                else { return nil }
                return PreviousLoss(victim: victim, outcome: outcome)
            }
            claims += found
        }
        reading.claimCount += claims.count
        return ArticleAnalysis(
            document: document, forms: forms, mentions: mentions, quotes: quotes, statements: statements,
            claims: claims.heldExactly(), outletVoice: voice)
    }

    /// The party an outlet speaks for when it is itself an official source ("Ministry of
    /// Defence of Armenia" → armenia-mod); nil for news outlets.
    ///
    /// The outlet's own name (`Article.outletName`) must be an official body, and its head
    /// noun must name that body: the last word before the first preposition ("Ministry" of
    /// "Ministry of Foreign Affairs of Azerbaijan", "Office" of "UN Spokesperson's Office") must
    /// belong to an office such as a ministry with its state, or to an institution that is itself
    /// a party ("United Nations", "the Kremlin"). A state, capital or office word that only
    /// qualifies a news title does not make an outlet official ("Armenian Frontline", "Public
    /// Radio of Armenia", "Armenian Army Herald", "Official Baku Daily"), nor does a news
    /// source's word ("… News Agency").
    package func outletVoice(_ outlet: String) -> Party? {
        let head = Article.outletName(outlet)
        let article = Article(
            id: "outlet", outlet: outlet, published: nil, url: "", source: "outlet", body: Array(head.utf8), bodyFirstLine: 1)
        let document = Document(article: article, segmenter: segmenter)
        guard let sentence = document.sentences.first else { return nil }
        let mentions = finder.mentions(in: sentence, of: document, forms: finder.forms(of: document))
        let newsSource = mentions.parties.contains { $0.value.role == .outlet || $0.value.role == .group }
        guard !newsSource, let noun = Self.headNoun(of: sentence.tokens, in: document.tokens) else { return nil }
        let institution = mentions.parties.contains { $0.value.role == .office && $0.tokens.contains(noun) }
        let office = mentions.offices.contains { ($0.value.role == .ministry || $0.value.role == .body) && $0.tokens.contains(noun) }
        guard institution || office else { return nil }
        let speaker = SpeakerResolver().resolve(sentence.tokens, in: mentions, tokens: document.tokens, history: SpeakerHistory())
        guard let party = speaker?.party, party != .other else { return nil }
        return party
    }

    /// The head noun of a name: its last word before the first preposition, or its last word.
    /// English names put what a thing is there ("Armenian Army *Herald*", "*Ministry* of Defence").
    private static func headNoun(of range: Range<Int>, in tokens: [Token]) -> Int? {
        let end = range.first { FunctionWords.objectPrepositions.contains(tokens[$0].key) } ?? range.upperBound
        return (range.lowerBound..<end).last { tokens[$0].kind == .word }
    }
}
