import Foundation
import Testing
import TestSupport

/// No input fills memory: a file or standard input past the size limit is refused, by name,
/// and the other inputs are still read.
struct InputLimitTests {
    static let oneMiB = ["COUNTERCLAIM_MAX_ARTICLE_MB": "1"]
    static let article = "---\nid: small\noutlet: Desk\npublished: 2022-09-13\n---\nArmenia said Azerbaijani forces shelled Jermuk.\n"

    @Test func standardInputPastTheLimitIsRefused() {
        let draft = Array(repeating: UInt8(ascii: "a"), count: (1 << 20) + 1)
        let result = RunResult.run(["check", "-"], stdin: draft, environment: Self.oneMiB)
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(
            result.errors
                == "-:0: standard input holds more than 1 MiB, the most one input may hold; split it, or raise the limit with COUNTERCLAIM_MAX_ARTICLE_MB\n")
    }

    @Test func standardInputAtTheLimitIsRead() {
        // Padded with blank lines to exactly 1 MiB.
        let input = Array(Self.article.utf8) + Array(repeating: UInt8(ascii: "\n"), count: (1 << 20) - Self.article.utf8.count)
        let result = RunResult.run(["extract", "-"], stdin: input, environment: Self.oneMiB)
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        #expect(result.output.contains("\"document\":\"small\""))
    }

    /// An endless file stops being read one byte past the limit; the next article is read.
    @Test func endlessFileIsRefusedAndTheRestRead() throws {
        let folder = try CorpusLocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let small = folder.appendingPathComponent("small.md")
        try Self.article.write(to: small, atomically: false, encoding: .utf8)
        let result = RunResult.run(["extract", "/dev/zero", small.path], environment: Self.oneMiB)
        #expect(result.status == 1)
        #expect(
            result.errors
                == "/dev/zero:0: the file holds more than 1 MiB, the most one input may hold; split it, or raise the limit with COUNTERCLAIM_MAX_ARTICLE_MB\n")
        #expect(result.output.contains("\"document\":\"small\""))
    }

    @Test func limitThatIsNotASizeIsAUsageError() {
        let result = RunResult.run(["extract", "-"], stdin: Self.article, environment: ["COUNTERCLAIM_MAX_ARTICLE_MB": "lots"])
        #expect(result.status == 2)
        #expect(result.errors.hasPrefix("counterclaim: COUNTERCLAIM_MAX_ARTICLE_MB='lots' is not a size in MiB from 1 to 4095"))
    }
}
