import Foundation
import TestSupport
import Testing

/// `counterclaim check --format lint`: one `PATH:LINE:COL: RULE: message (fix: …)` line per
/// flag, as compilers write them, so editors jump to the words and CI annotates the line.
struct CheckLintFormatTests {
    /// A draft with an unattributed attack mid-line after an em dash, and a loaded term in a
    /// paraphrase: three bytes but one column for the dash.
    static let draft = """
        The border commission met in Tbilisi on Monday.
        Talks stalled — again. Azerbaijani forces shelled Sotk overnight.
        Azerbaijan's defence ministry said its units had repelled a provocation.

        """

    /// What editors and CI parse: a path without colons, a line, a column and a rule id.
    static func isLintLine(_ line: Substring) -> Bool {
        line.prefixMatch(of: #/^[^:]+:\d+:\d+: [a-z-]+: /#) != nil
    }

    @Test func oneLinePerFlagNamedAfterStandardInput() {
        let result = RunResult.run(["check", "-", "--format", "lint"], stdin: Self.draft)
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        #expect(
            result.output == """
                -:2:24: unattributed-claim: the article's own voice asserts that Azerbaijan attacked, which the parties contest \
                (fix: attribute it to Azerbaijan's defence ministry (azerbaijan-mod), whose account it repeats in sentence 4: \
                "…, Azerbaijan's defence ministry said" or "according to Azerbaijan's defence ministry, …")
                -:3:1: one-sided-sourcing: only Azerbaijan's side is quoted on who attacked (sentence 4); Armenia's side is not \
                quoted anywhere in the article (fix: add Armenia's account of the same events (its defence ministry or government), \
                or say that it did not respond)
                -:3:61: loaded-term: 'provocation' carries Azerbaijan's framing, carried into a paraphrase of Azerbaijan's defence \
                ministry (fix: neutral wording: attack, attributed ("what Baku called a provocation"); or quote the speaker's own \
                word in quotation marks)

                """)
    }

    @Test func aFileIsNamedAsGivenAndStrictStillFails() throws {
        let folder = try CorpusLocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("draft.txt")
        try "Dawn broke. Armenian units shelled Sotk.\n".write(to: file, atomically: false, encoding: .utf8)
        let result = RunResult.run(["check", file.path, "--format", "lint", "--strict"])
        #expect(result.status == 1)
        #expect(result.output.hasPrefix("\(file.path):1:13: unattributed-claim: the article's own voice asserts that Armenia attacked"))
        #expect(result.output.split(separator: "\n").count == 1)
    }

    @Test func aDraftWithoutFlagsPrintsNothing() {
        let clean =
            "Armenia's defence ministry said Azerbaijani forces shelled Jermuk. Azerbaijan's defence ministry said Armenian units had fired first.\n"
        let result = RunResult.run(["check", "-", "--format", "lint", "--strict"], stdin: clean)
        #expect(result.status == 0)
        #expect(result.output.isEmpty)
    }

    @Test(arguments: ShippedArticles.paths)
    func everyLineOfEveryShippedArticleParses(path: String) throws {
        let lint = RunResult.run(["check", path, "--format", "lint"])
        #expect(lint.status == 0)
        let lines = lint.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lint.output.isEmpty || lint.output.hasSuffix("\n"))
        for line in lines {
            #expect(Self.isLintLine(line), "\(line)")
            #expect(line.hasPrefix(path + ":"))
        }
        let json = RunResult.run(["check", path, "--format", "json"])
        let report = try JSONDecoder().decode(CheckCommandTests.Report.self, from: Data(json.output.utf8))
        #expect(lines.count == report.summary["flags"])
    }

    @Test func theHelpExampleRunsOnAShippedArticle() throws {
        let help = RunResult.run(["help", "check"]).output
        let example = try #require(help.split(separator: "\n").first { $0.contains("--format lint") && $0.hasPrefix("  counterclaim") })
        let arguments = example.split(separator: " ").dropFirst().map(String.init)
        let result = try RunResult.runBinary(arguments, in: CorpusLocation.root)
        #expect(result.status == 0)
        #expect(!result.output.isEmpty)
        for line in result.output.split(separator: "\n") { #expect(Self.isLintLine(line)) }
    }

    /// The shipped corpus's article files.
    enum ShippedArticles {
        static let paths: [String] = {
            let folder = CorpusLocation.corpus.appendingPathComponent("articles")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { $0.hasSuffix(".md") }.sorted().map { folder.appendingPathComponent($0).path }
        }()
    }
}
