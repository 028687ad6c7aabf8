import ClaimEngine
import Foundation
import NewsText
import Reports
import Testing
import TestSupport

/// `counterclaim extract` end to end, in-process, on the shipped corpus and on broken input.
struct ExtractCommandTests {
    /// The contract of DESIGN.md, decoded with its field names; every field must be present
    /// (a missing key fails decoding, an explicit null decodes as nil).
    struct ContractClaim: Decodable {
        struct Count: Decodable {
            let min: Int?
            let max: Int?
            let text: String
        }
        let document: String
        let id: String
        let party: String
        let side: String
        let speaker: String?
        let mode: String
        let verb: String?
        let kind: String
        let aggressor: String?
        let target: String?
        let negated: Bool
        let victim: String?
        let outcome: String?
        let count: Count?
        let date: String?
        let places: [String]
        let rule: String
        let start: Int
        let end: Int
        let text: String

        static let fields = [
            "document", "id", "party", "side", "speaker", "mode", "verb", "kind", "aggressor", "target", "negated",
            "victim", "outcome", "count", "date", "places", "rule", "start", "end", "text",
        ]
    }

    @Test func jsonLinesFollowTheContract() throws {
        let result = RunResult.run(["extract", CorpusLocation.corpus.path, "--format", "jsonl"])
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count > 300)
        let parties = Set(["armenia-mod", "azerbaijan-mod", "armenia-gov", "azerbaijan-gov", "karabakh", "russia", "eu", "china", "un", "usa", "france", "turkey", "iran", "other", "narrator"])
        for line in lines {
            let data = Data(line.utf8)
            let claim = try JSONDecoder().decode(ContractClaim.self, from: data)
            let object = try #require(try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? [String: Any])
            for field in ContractClaim.fields { #expect(object.keys.contains(field), "missing \(field) in \(claim.id)") }
            #expect(parties.contains(claim.party))
            #expect(claim.id.hasPrefix(claim.document + "#"))
            #expect(claim.start < claim.end)
        }
    }

    @Test func jsonLinesPointIntoTheArticleBody() throws {
        let path = CorpusLocation.corpus.appendingPathComponent("articles/wire-2022-09-13-border-clashes.md").path
        let result = RunResult.run(["extract", path])
        let file = try String(contentsOfFile: path, encoding: .utf8)
        let body = Array(file.utf8)
        let bodyStart = try #require(file.range(of: "\n---\n")).upperBound.utf16Offset(in: file)
        for line in result.output.split(separator: "\n") {
            let claim = try JSONDecoder().decode(ContractClaim.self, from: Data(line.utf8))
            let sentence = String(decoding: body[(bodyStart + claim.start)..<(bodyStart + claim.end)], as: UTF8.self)
            #expect(sentence == claim.text)
        }
    }

    @Test func sameInputSameBytes() {
        let first = RunResult.run(["extract", CorpusLocation.corpus.path])
        let second = RunResult.run(["extract", CorpusLocation.corpus.path])
        #expect(first.output == second.output)
    }

    @Test func jsonFormatIsOneArray() throws {
        let path = CorpusLocation.corpus.appendingPathComponent("articles/wire-2022-09-13-border-clashes.md").path
        let result = RunResult.run(["extract", path, "--format", "json"])
        let claims = try JSONDecoder().decode([ContractClaim].self, from: Data(result.output.utf8))
        #expect(claims.count == RunResult.run(["extract", path]).output.split(separator: "\n").count)
    }

    @Test func markdownIsATablePerArticle() {
        let path = CorpusLocation.corpus.appendingPathComponent("articles/wire-2022-09-13-border-clashes.md").path
        let result = RunResult.run(["extract", path, "--format", "markdown"])
        #expect(result.output.hasPrefix("## wire-2022-09-13-border-clashes\n"))
        #expect(result.output.contains("| # | party | mode | kind | values | date | sentence |"))
    }

    @Test func standardInputWithBrokenFrontMatterIsAnError() {
        let result = RunResult.run(["extract", "-"], stdin: "---\nid: desk\n---\nAzerbaijan said Armenian forces attacked.\n")
        #expect(result.status == 1)
        #expect(result.errors == "-:1: front matter has no `outlet`; add who published the article, e.g. `outlet: Caucasus Wire`\n")
    }

    @Test func standardInputArticle() {
        let article = "---\nid: draft\noutlet: Desk\npublished: 2022-09-13\n---\nArmenia said Azerbaijani forces attacked Jermuk on Tuesday.\n"
        let result = RunResult.run(["extract", "-"], stdin: article)
        #expect(result.status == 0)
        #expect(result.output.contains("\"party\":\"armenia-gov\""))
        #expect(result.output.contains("\"date\":\"2022-09-13\""))
        #expect(result.output.contains("\"places\":[\"Jermuk\"]"))
    }

    /// A misspelt key is a warning on stderr: the article is still read and the run succeeds.
    @Test func unknownFrontMatterKeyIsAWarning() {
        let article = "---\nid: draft\noutlet: Desk\npublised: 2022-09-13\n---\nArmenia said Azerbaijani forces attacked Jermuk.\n"
        let result = RunResult.run(["extract", "-"], stdin: article)
        #expect(result.status == 0)
        #expect(result.errors == "-:4: warning: unknown front-matter key `publised` is ignored; did you mean `published`?\n")
        #expect(result.output.contains("\"party\":\"armenia-gov\""))
        #expect(result.output.contains("\"date\":null"))
    }

    @Test func brokenArticlesAreReportedAndTheRestProcessed() throws {
        let folder = try CorpusLocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = "---\nid: good\noutlet: Desk\npublished: 2022-09-13\n---\nArmenia said Azerbaijani forces attacked Jermuk.\n"
        try good.write(to: folder.appendingPathComponent("good.md"), atomically: false, encoding: .utf8)
        try "---\nid: bad id\noutlet: Desk\n---\nBody.\n".write(to: folder.appendingPathComponent("bad.md"), atomically: false, encoding: .utf8)
        try "---\nid: empty\noutlet: Desk\n---\n\n".write(to: folder.appendingPathComponent("empty.md"), atomically: false, encoding: .utf8)
        let result = RunResult.run(["extract", folder.path])
        #expect(result.status == 1)
        let errors = result.errors.split(separator: "\n").map(String.init)
        #expect(errors.count == 2)
        #expect(errors.contains { $0.hasPrefix(folder.appendingPathComponent("bad.md").path + ":2: ") })
        #expect(errors.contains { $0.hasPrefix(folder.appendingPathComponent("empty.md").path + ":") })
        #expect(result.output.contains("\"document\":\"good\""))
    }

    @Test func missingPathIsReported() {
        let result = RunResult.run(["extract", "/nonexistent/article.md"])
        #expect(result.status == 1)
        #expect(result.errors == "/nonexistent/article.md:0: no such file or folder\n")
    }

    @Test func userLexiconExtendsTheParties() throws {
        let folder = try CorpusLocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lexicon = folder.appendingPathComponent("mine.tsv")
        try "# columns: phrase\tparty\trole\nAnna Karenina\tarmenia-mod\tperson\n".write(to: lexicon, atomically: false, encoding: .utf8)
        let article = "---\nid: draft\noutlet: Desk\n---\nAnna Karenina said Azerbaijani forces attacked.\n"
        let result = RunResult.run(["extract", "-", "--lexicon", lexicon.path], stdin: article)
        #expect(result.output.contains("\"party\":\"armenia-mod\""))
    }

    @Test func badUserLexiconNamesFileAndLine() throws {
        let folder = try CorpusLocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lexicon = folder.appendingPathComponent("mine.tsv")
        try "# columns: phrase\tparty\trole\nAnna Karenina\tarmenian-army\tperson\n".write(to: lexicon, atomically: false, encoding: .utf8)
        let result = RunResult.run(["extract", "-", "--lexicon", lexicon.path], stdin: "")
        #expect(result.status == 2)
        #expect(result.errors.hasPrefix("\(lexicon.path):2: unknown party `armenian-army`"))
    }
}

/// An article longer than a section (`Extractor.sectionBytes`) is written a section at a time
/// as it is read; what is written is the article read whole, in every format.
struct LongArticleExtractTests {
    @Test func aLongArticleReadsAsTheWholeArticleInEveryFormat() throws {
        let folder = try CorpusLocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("articles"), withIntermediateDirectories: true)
        let repeats = LongArticle.repeats
        let texts = [
            ("a-long", LongArticle.body),
            ("b-short", "Azerbaijani forces shelled Jermuk on Tuesday, Armenia's defence ministry said.\n"),
        ]
        var expected: (jsonl: String, markdown: String) = ("", "")
        for (id, body) in texts {
            let text = "---\nid: \(id)\noutlet: Caucasus Wire\npublished: 2022-09-13\n---\n" + body
            try text.write(to: folder.appendingPathComponent("articles/\(id).md"), atomically: false, encoding: .utf8)
            let article = try ArticleParser.parse(Array(text.utf8), source: "\(id).md", expectedID: id)
            let claims = try ExtractionFixture.extractor().analysis(of: article).claims
            expected.jsonl += ClaimJSON.lines(claims, article: article)
            expected.markdown += ClaimTable.markdown(claims, article: article) + "\n"
        }
        #expect(ArticleSection.sections(of: Array(texts[0].1.utf8), minimumBytes: Extractor.sectionBytes).count >= 3)

        let jsonl = RunResult.run(["extract", folder.path, "--format", "jsonl"])
        #expect(jsonl.status == 0)
        #expect(jsonl.output == expected.jsonl)
        #expect(jsonl.output.split(separator: "\n").count > 5 * repeats)
        #expect(RunResult.run(["extract", folder.path, "--format", "markdown"]).output == expected.markdown)
        let array = try JSONSerialization.jsonObject(with: Data(RunResult.run(["extract", folder.path, "--format", "json"]).output.utf8))
        let lines = try expected.jsonl.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) }
        #expect((array as? NSArray) == (lines as NSArray))
    }
}
