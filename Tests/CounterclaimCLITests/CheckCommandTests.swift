import Foundation
import Testing
import TestSupport

/// `counterclaim check` end to end, in-process: drafts on stdin, files, --strict, JSON and
/// Markdown that hostile text cannot break.
struct CheckCommandTests {
    static let draft = "Azerbaijani forces shelled Jermuk overnight.\n\nSources said 49 soldiers were killed in Goris.\n"
    static let clean =
        "Armenia's defence ministry said Azerbaijani forces shelled Jermuk. Azerbaijan's defence ministry said Armenian units had fired first.\n"

    /// The JSON contract of README ("check"), decoded with its field names.
    struct Report: Decodable {
        struct Attribution: Decodable {
            let party: String
            let side: String
            let mode: String
            let verb: String?
            let speaker: String?
            let kinds: [String]
        }
        struct Flag: Decodable {
            let rule: String
            let start: Int
            let end: Int
            let words: String
            let reason: String
            let suggestion: String
        }
        struct Sentence: Decodable {
            let sentence: Int
            let line: Int
            let start: Int
            let end: Int
            let text: String
            let attributions: [Attribution]
            let flags: [Flag]
        }
        let document: String
        let outlet: String
        let published: String?
        let source: String
        let summary: [String: Int]
        let sentences: [Sentence]
    }

    @Test func aDraftWithoutFrontMatterFromStandardInput() {
        let result = RunResult.run(["check", "-", "--published", "2022-09-13"], stdin: Self.draft)
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        #expect(result.output.hasPrefix("# Attribution check: draft\n"))
        #expect(result.output.contains(#"no outlet (a draft), published 2022-09-13, read from -"#))
        #expect(result.output.contains("| unattributed-claim | 1 |"))
        #expect(result.output.contains("| vague-source | 1 |"))
        #expect(result.output.contains("### Sentence 1, line 1\n\n> Azerbaijani forces shelled Jermuk overnight.\n"))
        #expect(result.output.contains("### Sentence 2, line 3\n\n> Sources said 49 soldiers were killed in Goris.\n"))
    }

    @Test func jsonCitesTheExactSentenceByByteOffsets() throws {
        let result = RunResult.run(["check", "-", "--format", "json"], stdin: Self.draft)
        #expect(result.status == 0)
        let report = try JSONDecoder().decode(Report.self, from: Data(result.output.utf8))
        #expect(report.document == "draft")
        #expect(report.published == nil)
        #expect(report.summary["flags"] == report.sentences.reduce(0) { $0 + $1.flags.count })
        let body = Array(Self.draft.utf8)
        for sentence in report.sentences {
            #expect(String(decoding: body[sentence.start..<sentence.end], as: UTF8.self) == sentence.text)
            for flag in sentence.flags {
                #expect(String(decoding: body[flag.start..<flag.end], as: UTF8.self) == flag.words)
                #expect(sentence.start <= flag.start && flag.end <= sentence.end)
            }
        }
        let vague = try #require(report.sentences.flatMap(\.flags).first { $0.rule == "vague-source" })
        #expect(vague.words == "Sources")
    }

    @Test func strictExitsOneWhenAFlagIsRaised() {
        #expect(RunResult.run(["check", "-", "--strict"], stdin: Self.draft).status == 1)
        #expect(RunResult.run(["check", "-"], stdin: Self.draft).status == 0)
        let clean = RunResult.run(["check", "-", "--strict"], stdin: Self.clean)
        #expect(clean.status == 0)
        #expect(clean.output.contains("| **all flags** | 0 | |"))
    }

    /// The terminal page quotes a sentence as written, on its line; only tables escape it.
    @Test func hostileSentenceTextReadsAsWrittenAndCannotBreakATable() {
        let hostile = "Azerbaijani forces shelled <script>alert(1)</script> | [Jermuk](http://evil.example) ![x](y) `code` overnight.\n"
        let result = RunResult.run(["check", "-"], stdin: hostile)
        let lines = result.output.split(separator: "\n")
        #expect(lines.contains("> " + hostile.dropLast()))
        #expect(lines.contains { $0.hasPrefix("| unattributed-claim | (the sentence) |") })
        #expect(!lines.contains { $0.hasPrefix("|") && $0.contains("<script>") })
    }

    @Test func aSourceWithControlCharactersStaysOnItsLine() {
        // A right-to-left override would show the reader "05" for the stored "50".
        let draft = "Azerbaijani forces\u{202E}05\u{202C} shelled\u{1B}[2J Jermuk overnight.\n"
        let result = RunResult.run(["check", "-"], stdin: draft)
        #expect(result.output.contains("\n> Azerbaijani forces05 shelled [2J Jermuk overnight.\n"))
    }

    @Test func aCorpusArticleFile() {
        let path = CorpusLocation.corpus.appendingPathComponent("articles/armfront-2022-09-13-azerbaijani-aggression.md").path
        let result = RunResult.run(["check", path])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("# Attribution check: armfront-2022-09-13-azerbaijani-aggression\n"))
        #expect(result.output.contains("| attribution-verb |"))
    }

    @Test func aBrokenArticleIsReportedWithItsLine() throws {
        let folder = try CorpusLocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("broken.md")
        try "---\nid: broken\noutlet: Desk\nBody without a closing fence.\n".write(to: file, atomically: false, encoding: .utf8)
        let result = RunResult.run(["check", file.path])
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix("\(file.path):1: front matter is not closed"))
        #expect(result.output.isEmpty)
    }

    @Test func aMissingFileIsReported() {
        let result = RunResult.run(["check", "/nonexistent/draft.txt"])
        #expect(result.status == 1)
        #expect(result.errors == "/nonexistent/draft.txt:0: no such file\n")
    }

    @Test func aUserLexiconExtendsTheLoadedTerms() throws {
        let folder = try CorpusLocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lexicon = folder.appendingPathComponent("newsroom.tsv")
        try "# columns: phrase\tleaning\tneutral\nheroic defenders\tarmenian\tsoldiers\n".write(
            to: lexicon, atomically: false, encoding: .utf8)
        let draft = "The heroic defenders held the line near Jermuk.\n"
        #expect(!RunResult.run(["check", "-"], stdin: draft).output.contains("| loaded-term | heroic defenders |"))
        let result = RunResult.run(["check", "-", "--lexicon", lexicon.path], stdin: draft)
        #expect(result.status == 0)
        #expect(result.output.contains("| loaded-term | heroic defenders | 'heroic defenders' carries Armenia's framing"))
        #expect(result.output.contains("neutral wording: soldiers"))
    }
}
