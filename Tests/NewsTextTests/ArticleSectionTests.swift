import NewsText
import Testing

/// Where a long article may be cut into sections read one at a time.
struct ArticleSectionTests {
    private func starts(_ text: String, minimumBytes: Int = 1) -> [String] {
        let body = Array(text.utf8)
        let sections = ArticleSection.sections(of: body, minimumBytes: minimumBytes)
        #expect(sections.first?.bytes.lowerBound == 0)
        #expect(sections.last?.bytes.upperBound == body.count)
        #expect(zip(sections, sections.dropFirst()).allSatisfy { $0.bytes.upperBound == $1.bytes.lowerBound })
        return sections.map { String(decoding: body[$0.bytes].prefix(8), as: UTF8.self) }
    }

    @Test func aSectionStartsAtAParagraphAfterABlankLine() {
        #expect(starts("Baku said.\n\nYerevan said.\n \t\n2 soldiers died.\n") == ["Baku sai", "Yerevan ", "2 soldie"])
    }

    @Test func noCutInsideAParagraphOrBeforeALineWithNoBlankLineAbove() {
        #expect(starts("Baku said this,\nand that.\nYerevan said.\n") == ["Baku sai"])
    }

    /// A quote that goes on in the next paragraph opens it with a quotation mark, and a
    /// post's signature line opens with a dash: both belong to the paragraph before.
    @Test func noCutBeforeAQuotedParagraphOrASignatureLine() {
        let text = "He said: “We hold.\n\n“We will hold.”\n\n— Shushan Stepanyan (@ShStepanyan) 27 September 2020\n\n\"Fire,\" he said.\n"
        #expect(starts(text) == ["He said:"])
    }

    @Test func sectionsAreAtLeastTheMinimumLong() {
        let paragraph = "Azerbaijani forces shelled Sotk.\n\n"
        let text = String(repeating: paragraph, count: 10)
        let sections = ArticleSection.sections(of: Array(text.utf8), minimumBytes: paragraph.utf8.count * 3)
        #expect(sections.map(\.bytes.count) == [102, 102, 102, 34])
    }

    /// A section's tokens and sentences are the whole text's, with the same byte ranges and
    /// paragraph numbers.
    @Test func aSectionTokenizesAsTheWholeText() {
        let text = "Baku said the army “shelled” Tegh.\n\nYerevan’s ministry denied it.\nIt said 4\u{200B}9 died.\n\nA third.\n"
        let body = Array(text.utf8)
        let segmenter = SentenceSegmenter(abbreviations: Abbreviations(words: []))
        let article = Article(id: "a", outlet: "o", published: nil, url: "", source: "a.md", body: body, bodyFirstLine: 1)
        let whole = Document(article: article, segmenter: segmenter)
        var tokens: [Token] = []
        var sentences: [Sentence] = []
        var paragraph = 0
        for section in ArticleSection.sections(of: body, minimumBytes: 1) {
            let document = Document(article: article, section: section.bytes, firstParagraph: paragraph, segmenter: segmenter)
            paragraph = document.sentences.last.map { $0.paragraph + 1 } ?? paragraph
            sentences += document.sentences.map {
                Sentence(range: $0.range, tokens: ($0.tokens.lowerBound + tokens.count)..<($0.tokens.upperBound + tokens.count), paragraph: $0.paragraph)
            }
            tokens += document.tokens
        }
        #expect(tokens == whole.tokens)
        #expect(sentences == whole.sentences)
    }
}
