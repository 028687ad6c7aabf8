import TestSupport
import Testing

@testable import CounterclaimCLI

/// Help and usage errors, with the messages a user sees.
struct UsageTests {
    @Test func helpListsTheCommands() {
        let result = RunResult.run(["--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("extract PATH..."))
    }

    @Test(arguments: ["check", "bias"])
    func helpForTheReviewCommands(command: String) {
        let overview = RunResult.run(["--help"])
        #expect(overview.output.contains("  \(command) "))
        let result = RunResult.run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("USAGE: counterclaim \(command) "))
        #expect(result.output.contains("EXAMPLES:"))
    }

    @Test func helpForExtractHasExamples() {
        let result = RunResult.run(["help", "extract"])
        #expect(result.status == 0)
        #expect(result.output.contains("EXAMPLES:"))
        #expect(result.output.contains("--format jsonl"))
    }

    @Test(arguments: [
        (["frobnicate"], "counterclaim: unknown command 'frobnicate'\nSee 'counterclaim --help'.\n"),
        (["extract"], "counterclaim: extract needs at least one PATH (a file, a folder, or - for stdin)\nSee 'counterclaim --help'.\n"),
        (["extract", "Corpus", "--format", "xml"], "counterclaim: unknown format 'xml'; use one of: jsonl, json, markdown\nSee 'counterclaim --help'.\n"),
        (["extract", "Corpus", "--lexicon"], "counterclaim: --lexicon needs a value\nSee 'counterclaim --help'.\n"),
        (["extract", "Corpus", "--verbose"], "counterclaim: unknown option '--verbose'\nSee 'counterclaim --help'.\n"),
        (["check"], "counterclaim: check needs an ARTICLE: an article file, a plain-text draft, or - for standard input\nSee 'counterclaim --help'.\n"),
        (["check", "a.md", "b.md"], "counterclaim: check reads one article at a time; got 'a.md', 'b.md'\nSee 'counterclaim --help'.\n"),
        (["check", "-", "--published", "2022-02-30"], "counterclaim: --published '2022-02-30' is not a real date in the years 1900–2100; write it as YYYY-MM-DD, e.g. 2022-09-13\nSee 'counterclaim --help'.\n"),
        (["check", "-", "--published", "0000-01-01"], "counterclaim: --published '0000-01-01' is not a real date in the years 1900–2100; write it as YYYY-MM-DD, e.g. 2022-09-13\nSee 'counterclaim --help'.\n"),
        (["check", "-", "--format", "html"], "counterclaim: unknown format 'html'; use one of: markdown, json, lint\nSee 'counterclaim --help'.\n"),
        (["bias"], "counterclaim: bias needs a CORPUS: a corpus folder, a folder of articles, or article files\nSee 'counterclaim --help'.\n"),
        (["bias", "Corpus", "--strict"], "counterclaim: unknown option '--strict'\nSee 'counterclaim --help'.\n"),
        (["extrct", "Corpus"], "counterclaim: unknown command 'extrct'; did you mean 'extract'?\nSee 'counterclaim --help'.\n"),
        (["help", "reconcil"], "counterclaim: unknown command 'reconcil'; did you mean 'reconcile'?\nSee 'counterclaim --help'.\n"),
        (["reconcile", "Corpus", "--fromat", "json"], "counterclaim: unknown option '--fromat'; did you mean '--format'?\nSee 'counterclaim --help'.\n"),
        (["check", "-", "--strict=yes"], "counterclaim: --strict takes no value\nSee 'counterclaim --help'.\n"),
        (["extract", "Corpus", "--format="], "counterclaim: unknown format ''; use one of: jsonl, json, markdown\nSee 'counterclaim --help'.\n"),
    ])
    func usageErrors(arguments: [String], message: String) {
        let result = RunResult.run(arguments)
        #expect(result.status == 2)
        #expect(result.errors == message)
        #expect(result.output.isEmpty)
    }

    @Test(arguments: ["--version", "version"])
    func versionIsPrinted(argument: String) {
        let result = RunResult.run([argument])
        #expect(result.status == 0)
        #expect(result.output == "counterclaim 0.12.0\n")
    }

    /// `--format=json` is `--format json`, and `--` ends the options.
    @Test func optionValuesAfterAnEqualsSignAndTheEndOfOptions() throws {
        let spaced = RunResult.run(["reconcile", CorpusLocation.corpus.path, "--format", "json"])
        let attached = RunResult.run(["reconcile", "--format=json", CorpusLocation.corpus.path])
        #expect(attached.status == 0)
        #expect(attached.output == spaced.output)
        // After `--`, an argument that starts with '-' is a path, not an option.
        let parsed = try CommandArguments(["--format", "json", "--", "-odd.md", "--lexicon"], options: ["--format", "--lexicon"])
        #expect(parsed.positional == ["-odd.md", "--lexicon"])
        #expect(parsed.values(of: "--format") == ["json"])
    }

    /// A long run on a terminal shows how far it got, on standard error, and clears the line
    /// when done; `--quiet`, or standard error not being a terminal, shows nothing.
    @Test(arguments: [(true, [String](), true), (true, ["--quiet"], false), (false, [String](), false)])
    func progressOnATerminal(terminal: Bool, flags: [String], shown: Bool) {
        var seconds = 0.0
        // Each look at the clock is a second later, so the progress line is due at once.
        let runner = Runner(readStandardInput: { _ in [] }, environment: [:], errorsIsTerminal: terminal, clock: {
            seconds += 1
            return seconds
        })
        var output = ""
        var errors = ""
        let status = runner.run(flags + ["reconcile", CorpusLocation.corpus.path], output: &output, errors: &errors)
        #expect(status == 0)
        #expect(errors.contains("counterclaim: 44 of 45 articles read") == shown)
        #expect(errors.hasSuffix("\r\u{1B}[2K") == shown)
        #expect(shown || errors.isEmpty)
    }
}
