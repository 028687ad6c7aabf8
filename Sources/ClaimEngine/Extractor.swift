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

    package init(lexicon: Lexicon, abbreviations: Abbreviations, dates: DateResolver, counts: CountParser, typer: ClaimTyper = ClaimTyper()) {
        self.segmenter = SentenceSegmenter(abbreviations: abbreviations)
        self.finder = MentionFinder(lexicon: lexicon, dateResolver: dates, countParser: counts)
        self.typer = typer
    }

    /// The extractor with every shipped lexicon, plus the user's own lexicon files.
    package static func bundled(extraLexicons: [LexiconTable] = []) throws -> Extractor {
        var lexicon = try Lexicon.bundled()
        for table in extraLexicons { try lexicon.add(table) }
        return Extractor(
            lexicon: lexicon, abbreviations: try Abbreviations.bundled(),
            dates: try DateResolver.bundled(), counts: try CountParser.bundled())
    }

    /// The article's claims, in text order, numbered from 1.
    package func claims(in article: Article) -> [Claim] {
        analysis(of: article).claims
    }

    /// Every stage's output for one article — sentences, mentions, statements and claims —
    /// for readers that need more than the claims (the attribution check).
    package func analysis(of article: Article) -> ArticleAnalysis {
        let document = Document(article: article, segmenter: segmenter)
        let mentions = document.sentences.map { finder.mentions(in: $0, of: document) }
        let voice = outletVoice(article.outlet)
        let statements = attributor.statements(in: document, mentions: mentions, outletVoice: voice)
        var claims: [Claim] = []
        for (index, sentenceStatements) in statements.enumerated() {
            claims += typer.claims(in: sentenceStatements, mentions: mentions[index], document: document, outletVoice: voice)
        }
        for index in claims.indices { claims[index].number = index + 1 }
        return ArticleAnalysis(document: document, mentions: mentions, statements: statements, claims: claims, outletVoice: voice)
    }

    /// The party an outlet speaks for when it is itself an official source
    /// ("Ministry of Defence of Armenia" → armenia-mod); nil for news outlets.
    ///
    /// Every capitalised word of the name must belong to a party or office phrase: a state
    /// word alone does not make an outlet official ("Armenian Frontline", "China Horizon").
    package func outletVoice(_ outlet: String) -> Party? {
        let article = Article(id: "outlet", outlet: outlet, published: nil, url: "", source: "outlet", body: Array(outlet.utf8), bodyFirstLine: 1)
        let document = Document(article: article, segmenter: segmenter)
        guard let sentence = document.sentences.first else { return nil }
        let mentions = finder.mentions(in: sentence, of: document)
        let covered = mentions.parties.map(\.tokens) + mentions.offices.map(\.tokens)
        let named = sentence.tokens.allSatisfy { index in
            let token = document.tokens[index]
            return token.kind != .word || !token.isCapitalized || covered.contains { $0.contains(index) }
        }
        guard named else { return nil }
        let speaker = SpeakerResolver().resolve(sentence.tokens, in: mentions, tokens: document.tokens, history: SpeakerHistory())
        guard let party = speaker?.party, party != .other else { return nil }
        return party
    }
}
