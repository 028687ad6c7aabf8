import CounterclaimCLI
import Foundation
import TestSupport
import Testing

@testable import CounterclaimCLI

/// Every command example of the README and of each `--help` page runs against the shipped
/// files, so a newcomer who copies one never meets a missing file or a stale option.
struct DocumentedExamplesTests {
    /// One example as a user would type it, and where it was found.
    struct Example: CustomTestStringConvertible, Sendable {
        let line: String
        let place: String
        var testDescription: String { "\(place): \(line)" }
    }

    static var examples: [Example] {
        var found: [Example] = []
        let readme = (try? String(contentsOf: CorpusLocation.root.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
        for line in readme.split(separator: "\n") where line.hasPrefix("    ") {
            let text = line.trimmingCharacters(in: .whitespaces)
            if isCommand(text) { found.append(Example(line: text, place: "README.md")) }
        }
        for topic in [nil] + Usage.commands.filter({ $0 != "help" }) {
            for line in (Usage.text(for: topic) ?? "").split(separator: "\n") {
                let text = line.trimmingCharacters(in: .whitespaces)
                if isCommand(text) { found.append(Example(line: text, place: "help \(topic ?? "")")) }
            }
        }
        return found
    }

    /// A line that runs counterclaim: `counterclaim …`, `swift run … counterclaim …`, or a
    /// pipe into one.
    static func isCommand(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard let first = words.first else { return false }
        // Not a title ("counterclaim — attributed claims …") or a mention ('counterclaim --help').
        let runs = words.contains("counterclaim") && !text.contains("'counterclaim") && !text.contains(" — ")
        return runs && ["counterclaim", "swift", "cat", "pbpaste"].contains(first)
    }

    @Test func theExamplesAreFound() {
        let examples = Self.examples
        #expect(examples.contains { $0.place == "README.md" && $0.line.contains("report Corpus") })
        #expect(examples.contains { $0.place == "help extract" })
        #expect(examples.count > 30)
    }

    @Test(arguments: examples)
    func theExampleRuns(_ example: Example) throws {
        var text = example.line
        if let comment = text.range(of: "  #") { text = String(text[..<comment.lowerBound]) }
        // What is piped in: a file (`cat FILE |`), or the clipboard (`pbpaste |`), which holds
        // the shipped draft here.
        var stdin: [UInt8] = []
        if text.hasPrefix("cat ") || text.hasPrefix("pbpaste") {
            let pipe = try #require(text.range(of: " | "))
            let source = text.hasPrefix("cat ") ? String(text.dropFirst(4)[..<pipe.lowerBound]) : "Corpus/examples/border-draft.txt"
            stdin = Array(try Data(contentsOf: Self.resolved(source)))
            text = String(text[pipe.upperBound...])
        }
        // Only counterclaim's own part runs: what follows a pipe or a redirection is the shell's.
        for stop in [" | ", " > "] { if let cut = text.range(of: stop) { text = String(text[..<cut.lowerBound]) } }
        var words = text.split(separator: " ").map(String.init)
        if let start = words.firstIndex(of: "counterclaim") { words.removeFirst(start + 1) }
        if words.contains(where: { $0.hasPrefix("../shared") }), CorpusLocation.realdev == nil { return }
        let out = try CorpusLocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        var arguments = words.map { Self.looksLikePath($0) ? Self.resolved($0).path : $0 }
        // A report goes into a fresh folder, never into the repository's own `Reports/`.
        if arguments.first == "report" {
            if let flag = arguments.firstIndex(of: "--out") {
                arguments[flag + 1] = out.appendingPathComponent("Reports").path
            } else {
                arguments += ["--out", out.appendingPathComponent("Reports").path]
            }
        }
        let result = RunResult.run(arguments, stdin: stdin)
        // `check --strict` exits 1 when it raises a flag: that is the example's point.
        let allowed: Set<Int32> = arguments.contains("--strict") ? [0, 1] : [0]
        #expect(allowed.contains(result.status), "\(example.line)\n\(result.errors)")
        #expect(!result.output.isEmpty)
    }

    /// The README's rows of the bias summary are the committed page's own rows.
    @Test func theReadmeBiasRowsAreThePages() throws {
        let readme = try String(contentsOf: CorpusLocation.root.appendingPathComponent("README.md"), encoding: .utf8)
        let page = try String(contentsOf: CorpusLocation.root.appendingPathComponent("Reports/bias.md"), encoding: .utf8)
        let pageRows = Set(page.split(separator: "\n"))
        let outlets = ["| Armenian Frontline |", "| Azeri Vanguard |", "| Caucasus Wire |"]
        let readmeRows = readme.split(separator: "\n").filter { row in outlets.contains { row.hasPrefix($0) } }
        #expect(readmeRows.count == outlets.count)
        #expect(readmeRows.allSatisfy(pageRows.contains))
    }

    static func looksLikePath(_ word: String) -> Bool {
        ["Corpus", ".ci/", "../shared"].contains { word.hasPrefix($0) }
    }

    static func resolved(_ path: String) -> URL {
        CorpusLocation.root.appendingPathComponent(path).standardizedFileURL
    }
}
