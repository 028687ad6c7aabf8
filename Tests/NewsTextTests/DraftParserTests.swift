import NewsText
import Testing

/// What `counterclaim check` reads: an article file with front matter, or a plain draft.
struct DraftParserTests {
    @Test func textWithoutAFenceIsADraft() throws {
        let article = try ArticleParser.parseArticleOrDraft(
            Array("Azerbaijani forces shelled Jermuk.\n".utf8), source: "-", naming: .standardInput)
        #expect(article.id == "draft")
        #expect(article.outlet == "(draft)")
        #expect(article.isDraft)
        #expect(article.published == nil)
        #expect(article.body == Array("Azerbaijani forces shelled Jermuk.\n".utf8))
        #expect(article.bodyFirstLine == 1)
    }

    @Test func leadingBlankLinesAndAByteOrderMarkAreNotBody() throws {
        let article = try ArticleParser.parseArticleOrDraft(
            [0xEF, 0xBB, 0xBF] + Array("\n  \r\nBaku said it.\n".utf8), source: "d.txt", naming: .file("d.txt"))
        #expect(article.body == Array("Baku said it.\n".utf8))
        #expect(article.bodyFirstLine == 3)
    }

    @Test func aFenceMakesItAnArticle() throws {
        let article = try ArticleParser.parseArticleOrDraft(
            Array("---\nid: desk-1\noutlet: Desk\npublished: 2022-09-13\n---\nBaku said it.\n".utf8), source: "-", naming: .standardInput)
        #expect(article.id == "desk-1")
        #expect(article.outlet == "Desk")
        #expect(article.bodyFirstLine == 6)
    }

    @Test func aBrokenArticleIsStillAnArticleError() {
        #expect(
            throws: ArticleError(
                source: "x.md", line: 1, message: "front matter is not closed; add a `---` line after the last `key: value` line")
        ) {
            try ArticleParser.parseArticleOrDraft(Array("---\nid: x\n".utf8), source: "x.md", naming: .file("x.md"))
        }
    }

    @Test func anEmptyDraftIsAnError() {
        #expect(throws: ArticleError(source: "-", line: 1, message: "the draft is empty; give it the text to read")) {
            try ArticleParser.parseArticleOrDraft(Array(" \n\n".utf8), source: "-", naming: .standardInput)
        }
    }

    @Test func invalidUTF8InADraftNamesItsLine() {
        #expect(throws: ArticleError(source: "-", line: 2, message: "invalid UTF-8 (byte at offset 7); save the draft as UTF-8")) {
            try ArticleParser.parseArticleOrDraft(Array("Baku.\n\n".utf8).dropLast() + [0x43, 0xE9], source: "-", naming: .standardInput)
        }
    }

    @Test(arguments: [
        ("notes/Border Draft (v2).txt", "border-draft-v2"),
        ("2022_09_13-Jermuk.md", "2022-09-13-jermuk"),
        ("./--Lachin--corridor--.md", "lachin-corridor"),
        ("drafts/Ереван.md", "draft"),
        ("drafts/.md", "md"),
        ("/tmp/.hidden", "hidden"),
        ("report.final.md", "report-final"),
    ])
    func aDraftIsNamedAfterItsFile(path: String, id: String) {
        #expect(ArticleNaming.draftID(forFile: path) == id)
    }

    @Test func aDraftInAFileTakesTheFileName() throws {
        let article = try ArticleParser.parseArticleOrDraft(
            Array("Baku said Armenian units fired on Lachin.\n".utf8), source: "in/Lachin Note.md", naming: .file("in/Lachin Note.md"))
        #expect(article.id == "lachin-note")
        #expect(article.source == "in/Lachin Note.md")
    }

    @Test func aLabelledCorpusFileStillNeedsFrontMatterAndItsOwnName() throws {
        #expect(throws: ArticleError.self) {
            try ArticleParser.parseArticleOrDraft(
                Array("Baku said Armenian units fired on Lachin.\n".utf8), source: "C/articles/lachin.md",
                naming: .corpusFile(id: "lachin"))
        }
        let renamed = Array("---\nid: lachin-road\noutlet: Desk\n---\nBaku said Armenian units fired on Lachin.\n".utf8)
        #expect(throws: ArticleError.self) {
            try ArticleParser.parseArticleOrDraft(renamed, source: "C/articles/lachin.md", naming: .corpusFile(id: "lachin"))
        }
        // Outside a labelled corpus the front matter's id stands, whatever the file is called.
        #expect(try ArticleParser.parseArticleOrDraft(renamed, source: "notes/lachin.md", naming: .file("notes/lachin.md")).id == "lachin-road")
    }
}
