import Lexicons
import NewsText

/// One article as the extractor read it: every stage's output, sentence by sentence.
///
/// `mentions[i]` and `statements[i]` belong to `document.sentences[i]`; `claims` are the
/// article's claims in text order, exactly what `Extractor.claims(in:)` returns.
package struct ArticleAnalysis: Sendable {
    package let document: Document
    /// The lexicon form (lemma and inflection) of each token, by token index.
    package let forms: [WordForm]
    package let mentions: [SentenceMentions]
    /// The quotations, over the whole document.
    package let quotes: QuoteRegions
    package let statements: [[Statement]]
    package let claims: [Claim]
    /// The party the article's own voice speaks for when the outlet is an official source.
    package let outletVoice: Party?

    package init(
        document: Document, forms: [WordForm], mentions: [SentenceMentions], quotes: QuoteRegions, statements: [[Statement]],
        claims: [Claim], outletVoice: Party?
    ) {
        self.document = document
        self.forms = forms
        self.mentions = mentions
        self.quotes = quotes
        self.statements = statements
        self.claims = claims
        self.outletVoice = outletVoice
    }

    package var article: Article { document.article }
}
