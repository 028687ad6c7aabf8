import NewsText
import Testing

/// What `counterclaim check` reads: an article file with front matter, or a plain draft.
struct DraftParserTests {
    @Test func textWithoutAFenceIsADraft() throws {
        let article = try ArticleParser.parseArticleOrDraft(
            Array("Azerbaijani forces shelled Jermuk.\n".utf8), source: "-", expectedID: nil)
        #expect(article.id == "draft")
        #expect(article.outlet.isEmpty)
        #expect(article.published == nil)
        #expect(article.body == Array("Azerbaijani forces shelled Jermuk.\n".utf8))
        #expect(article.bodyFirstLine == 1)
    }

    @Test func leadingBlankLinesAndAByteOrderMarkAreNotBody() throws {
        let article = try ArticleParser.parseArticleOrDraft(
            [0xEF, 0xBB, 0xBF] + Array("\n  \r\nBaku said it.\n".utf8), source: "d.txt", expectedID: nil)
        #expect(article.body == Array("Baku said it.\n".utf8))
        #expect(article.bodyFirstLine == 3)
    }

    @Test func aFenceMakesItAnArticle() throws {
        let article = try ArticleParser.parseArticleOrDraft(
            Array("---\nid: desk-1\noutlet: Desk\npublished: 2022-09-13\n---\nBaku said it.\n".utf8), source: "-", expectedID: nil)
        #expect(article.id == "desk-1")
        #expect(article.outlet == "Desk")
        #expect(article.bodyFirstLine == 6)
    }

    @Test func aBrokenArticleIsStillAnArticleError() {
        #expect(
            throws: ArticleError(
                source: "x.md", line: 1, message: "front matter is not closed; add a `---` line after the last `key: value` line")
        ) {
            try ArticleParser.parseArticleOrDraft(Array("---\nid: x\n".utf8), source: "x.md", expectedID: nil)
        }
    }

    @Test func anEmptyDraftIsAnError() {
        #expect(throws: ArticleError(source: "-", line: 1, message: "the draft is empty; give check the text to read")) {
            try ArticleParser.parseArticleOrDraft(Array(" \n\n".utf8), source: "-", expectedID: nil)
        }
    }

    @Test func invalidUTF8InADraftNamesItsLine() {
        #expect(throws: ArticleError(source: "-", line: 2, message: "invalid UTF-8 (byte at offset 7); save the draft as UTF-8")) {
            try ArticleParser.parseArticleOrDraft(Array("Baku.\n\n".utf8).dropLast() + [0x43, 0xE9], source: "-", expectedID: nil)
        }
    }
}
