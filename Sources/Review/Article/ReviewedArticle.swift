import ClaimEngine
import Lexicons
import NewsText
import Reconciliation

/// An article as the reviews read it — or one section of a long article — with what the whole
/// article tells (`ArticleFacts`): the extractor's analysis, the claims of each sentence, and
/// every loaded term and contested name with the voice it is written in.
///
/// The attribution check and the outlet bias report both start here, so they read an
/// article the same way; a rule reads the section it is given and the article's facts, and
/// flags a section as it would flag the whole article.
package struct ReviewedArticle: Sendable {
    let reading: SectionReading
    package let facts: ArticleFacts

    init(_ reading: SectionReading, facts: ArticleFacts) {
        self.reading = reading
        self.facts = facts
    }

    /// A whole article, read as one section.
    package init(analysis: ArticleAnalysis, names: RivalNames, grouper: IncidentGrouper) {
        var named = NamedPlaces()
        let reading = SectionReading(analysis: analysis, names: names, named: &named, firstSentence: 0)
        var facts = ArticleFacts.Builder()
        facts.add(reading)
        self.init(reading, facts: facts.facts(grouper: grouper))
    }

    package var analysis: ArticleAnalysis { reading.analysis }
    /// The claims of each sentence, by sentence index.
    package var claimsBySentence: [[Claim]] { reading.claimsBySentence }
    /// Loaded terms and contested names, in text order.
    package var language: [LanguageUse] { reading.language }
    /// The index among all the article's sentences of the first sentence read here: 0 for a
    /// whole article.
    package var firstSentence: Int { reading.firstSentence }
    package var article: Article { reading.article }
    package var document: Document { reading.document }
    package var sentences: [Sentence] { reading.sentences }

    /// The bytes a run of tokens covers.
    package func range(of tokens: Range<Int>) -> ByteRange { reading.range(of: tokens) }

    package func text(_ range: ByteRange) -> String { reading.text(range) }

    /// The statements of a sentence that produced claims, each with its claims.
    package func attributedStatements(inSentence index: Int) -> [(statement: Statement, claims: [Claim])] {
        reading.attributedStatements(inSentence: index)
    }

    /// The vague-source phrases of a sentence (`hedges.tsv`, kind vague): "sources", "it is believed".
    package func vagueSources(inSentence index: Int) -> [Mention<Hedge>] { reading.vagueSources(inSentence: index) }

    /// In whose voice a run of tokens of a sentence is written.
    package func voice(of tokens: Range<Int>, inSentence index: Int) -> LanguageUse.Voice {
        reading.voice(of: tokens, inSentence: index)
    }
}
