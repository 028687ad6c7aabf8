import ClaimEngine
@testable import CounterclaimCLI
import Foundation
import NewsText
import Reports
import Review
import TestSupport
import Testing

/// An article of three sections and more (`Extractor.sectionBytes`), of paragraphs written for
/// the tests: both sides quoted, a contested name, a doubting verb, an unattributed claim.
enum LongArticle {
    static let paragraphs = """
        Armenia's defence ministry said on Monday that Azerbaijani forces had shelled positions near Sotk overnight.

        The ministry added that two soldiers were wounded and that the shelling went on until dawn.

        "Our units returned fire," spokeswoman Anna Grigoryan told reporters, "and the enemy withdrew."

        Baku denied the account. Azerbaijan's defence ministry claimed Armenian units had fired first on its positions in Kalbajar.

        It said nearly 50 of its servicemen were killed in the fighting.

        Shells also fell on Stepanakert, where Azerbaijani forces killed a shepherd.

        """

    static let repeats = 3 * Extractor.sectionBytes / paragraphs.utf8.count

    static let body = String(repeating: paragraphs, count: repeats)

    /// The same paragraphs run into one line, as text scraped from a page can be: a paragraph
    /// too long to read at once, read as broken (`LongParagraph`) and cut there.
    static let oneLine = body.replacingOccurrences(of: "\n\n", with: " ").replacingOccurrences(of: "\n", with: " ")

    /// The article's file text, under this id.
    static func file(id: String, body: String = LongArticle.body) -> String {
        "---\nid: \(id)\noutlet: Caucasus Wire\npublished: 2022-09-13\n---\n" + body
    }

    /// The article written to `a-long.md` in `folder`, and as it reads whole from there.
    static func written(in folder: URL, body: String = LongArticle.body) throws -> (file: URL, whole: Article) {
        let file = folder.appendingPathComponent("a-long.md")
        let text = Self.file(id: "a-long", body: body)
        try text.write(to: file, atomically: false, encoding: .utf8)
        return (file, try ArticleParser.parse(Array(text.utf8), source: file.path, expectedID: "a-long"))
    }
}

/// `check` and `report` read a long article a section at a time and write its check as it
/// is made; what they write is the check of the article read whole.
struct LongArticleCheckTests {
    private func wholeCheck(_ article: Article) throws -> AttributionCheck {
        let pipeline = try ExtractionFixture.pipeline.get()
        return AttributionCheck(Reviewer(lexicon: pipeline.lexicon).review(pipeline.analysis(of: article)))
    }

    @Test func aLongArticleIsCheckedAsTheWholeArticleInEveryFormat() throws {
        let folder = try CorpusLocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (file, article) = try LongArticle.written(in: folder)
        let whole = try wholeCheck(article)
        #expect(!whole.isReadInSections)
        #expect(whole.counts.filter { $0.count >= LongArticle.repeats }.count >= 2, "\(whole.counts)")

        let markdown = RunResult.run(["check", file.path])
        #expect(markdown.status == 0)
        #expect(markdown.output == CheckMarkdown.render(whole, for: .terminal))
        #expect(RunResult.run(["check", file.path, "--format", "json"]).output == CheckJSON.render(whole))
        let lint = RunResult.run(["check", file.path, "--format", "lint", "--strict"])
        #expect(lint.status == 1)
        #expect(lint.output == CheckLint.render(whole))
    }

    @Test func aLongArticleOnOneLineIsCheckedInSectionsAsTheWholeArticle() throws {
        let folder = try CorpusLocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (file, article) = try LongArticle.written(in: folder, body: LongArticle.oneLine)
        let lineBreaks = article.body.filter { $0 == 0x0A }.count
        #expect(lineBreaks == 0)
        #expect(ArticleSection.sections(of: article.body, minimumBytes: Extractor.sectionBytes).count >= 2)
        let whole = try wholeCheck(article)
        #expect(whole.counts.filter { $0.count >= LongArticle.repeats }.count >= 2, "\(whole.counts)")
        #expect(RunResult.run(["check", file.path]).output == CheckMarkdown.render(whole, for: .terminal))
        #expect(RunResult.run(["check", file.path, "--format", "json"]).output == CheckJSON.render(whole))
    }

    @Test func aReportWritesALongArticlesCheckPageAsTheWholeArticlesPage() throws {
        let folder = try CorpusLocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let articles = folder.appendingPathComponent("corpus/articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let (_, article) = try LongArticle.written(in: articles)
        let out = folder.appendingPathComponent("report")
        let run = RunResult.run(["report", folder.appendingPathComponent("corpus").path, "--out", out.path])
        #expect(run.status == 0, "\(run.errors)")

        let whole = try wholeCheck(article)
        let page = try String(contentsOf: out.appendingPathComponent(ReportLinks.checkPath("a-long")), encoding: .utf8)
        #expect(page == CheckMarkdown.render(whole, source: "corpus/articles/a-long.md"))
        let manifest = try String(contentsOf: out.appendingPathComponent(".counterclaim-manifest"), encoding: .utf8)
        #expect(manifest.contains(SHA256.digest(page).hex))
    }
}

/// `explain` reads a long article a section at a time, once to count and once to write.
struct LongArticleExplainTests {
    @Test func aLongArticleIsExplainedAsTheWholeArticle() throws {
        let folder = try CorpusLocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (file, article) = try LongArticle.written(in: folder)
        let whole = try ExtractionFixture.pipeline.get().analysis(of: article)
        let count = whole.document.sentences.count

        #expect(RunResult.run(["explain", file.path]).output == ExplainMarkdown.render(whole))
        // A sentence of the last section, numbered across the article.
        let last = RunResult.run(["explain", file.path, "--sentence", String(count)])
        #expect(last.status == 0)
        #expect(last.output == ExplainMarkdown.render(whole, sentence: count))
        #expect(last.output.contains("## Sentence \(count) (line "))
        let beyond = RunResult.run(["explain", file.path, "--sentence", String(count + 1)])
        #expect(beyond.status == 1)
        #expect(beyond.errors.contains("the article has \(count) sentences"))
    }
}
