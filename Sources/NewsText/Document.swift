/// An article with its tokens and sentences: the one owner of the text for every later stage.
package struct Document: Sendable {
    package let article: Article
    package let tokens: [Token]
    package let sentences: [Sentence]

    package init(article: Article, segmenter: SentenceSegmenter) {
        self.init(article: article, section: .whole(article.body), firstParagraph: 0, segmenter: segmenter)
    }

    /// One section of an article (`ArticleSection`): its tokens and sentences, with byte ranges
    /// in the whole body and paragraphs counted from `firstParagraph`, the paragraphs before it.
    package init(article: Article, section: ArticleSection, firstParagraph: Int, segmenter: SentenceSegmenter) {
        self.article = article
        let tokens = Tokenizer.tokenize(article.body, in: section)
        self.tokens = tokens
        self.sentences = segmenter.segment(tokens, in: article.body, firstParagraph: firstParagraph)
    }

    /// The text of a byte range of the body.
    package func text(_ range: ByteRange) -> String { article.text(range) }

    /// The text of one token.
    package func text(ofToken index: Int) -> String { article.text(tokens[index].range) }

    /// The text of a sentence.
    package func text(of sentence: Sentence) -> String { article.text(sentence.range) }
}
