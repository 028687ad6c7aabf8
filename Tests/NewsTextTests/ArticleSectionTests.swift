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

    @Test func aSectionStartsAtALine() {
        #expect(starts("Baku said.\n\nYerevan said.\n \t\n2 soldiers died.\n") == ["Baku sai", "Yerevan ", "2 soldie"])
        // A paragraph a line, as text copied from a web page often is.
        #expect(starts("Baku said.\nYerevan said.\r\nMoscow said.\n") == ["Baku sai", "Yerevan ", "Moscow s"])
    }

    /// A break that only wraps a paragraph (`HardWrap`) is a space: no section starts there.
    @Test func noCutInsideAHardWrappedParagraph() {
        let text = """
            Armenia's defence ministry said on Tuesday that Azerbaijani
            forces had shelled positions near Jermuk and Sotk overnight,
            and that two soldiers were wounded in the shelling.
            Baku denied it.

            """
        #expect(starts(text) == ["Armenia'", "Baku den"])
        #expect(starts(text.replacingOccurrences(of: "\n", with: "\r\n")) == ["Armenia'", "Baku den"])
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
    /// paragraph numbers. The last paragraph's breaks are wraps only when read with its whole
    /// block: cut before its short third line (sections of at least 100 bytes), its fourth line
    /// would be as long as the longest of the lines left, and read as wrapped.
    @Test(arguments: [
        ("Baku said the army “shelled” Tegh.\n\nYerevan’s ministry denied it.\nIt said 4\u{200B}9 died.\n\nA third.\n", [4]),
        (
            """
            The ministry in Yerevan said on Tuesday that Azerbaijani units
            had shelled positions near Jermuk and Sotk with artillery.
            It said so.
            The shelling went on until the early
            hours of Wednesday, it added.

            """,
            [4, 2]
        ),
    ])
    func aSectionTokenizesAsTheWholeText(text: String, sectionCounts: [Int]) {
        let body = Array(text.utf8)
        let segmenter = SentenceSegmenter(abbreviations: Abbreviations(words: []))
        let article = Article(id: "a", outlet: "o", published: nil, url: "", source: "a.md", body: body, bodyFirstLine: 1)
        let whole = Document(article: article, segmenter: segmenter)
        for (minimumBytes, count) in zip([1, 100], sectionCounts) {
            var tokens: [Token] = []
            var sentences: [Sentence] = []
            var paragraph = 0
            let sections = ArticleSection.sections(of: body, minimumBytes: minimumBytes)
            for section in sections {
                let document = Document(article: article, section: section, firstParagraph: paragraph, segmenter: segmenter)
                paragraph = document.sentences.last.map { $0.paragraph + 1 } ?? paragraph
                sentences += document.sentences.map {
                    Sentence(range: $0.range, tokens: ($0.tokens.lowerBound + tokens.count)..<($0.tokens.upperBound + tokens.count), paragraph: $0.paragraph)
                }
                tokens += document.tokens
            }
            #expect(sections.count == count)
            #expect(tokens == whole.tokens)
            #expect(sentences == whole.sentences)
        }
    }
}
