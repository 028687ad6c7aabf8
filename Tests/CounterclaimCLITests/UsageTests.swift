import Testing

/// Help and usage errors, with the messages a user sees.
struct UsageTests {
    @Test func helpListsTheCommands() {
        let result = RunResult.run(["--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("extract PATH..."))
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
    ])
    func usageErrors(arguments: [String], message: String) {
        let result = RunResult.run(arguments)
        #expect(result.status == 2)
        #expect(result.errors == message)
        #expect(result.output.isEmpty)
    }
}
