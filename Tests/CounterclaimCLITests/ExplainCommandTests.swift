import Testing

/// `counterclaim explain`: each sentence with the words found, who says what under which
/// attribution rule, and each claim with its rule ids — the same ids `extract` writes.
struct ExplainCommandTests {
    static let draft = """
        Azerbaijani forces shelled Armenian positions near Jermuk on Tuesday, the defence ministry in Yerevan said.

        "Our units only answered a provocation," an Azerbaijani ministry spokesman told reporters.

        Nearly 50 Armenian soldiers were killed, according to the ministry.

        The weather in the capital was mild.

        """

    private func explain(_ arguments: [String]) -> RunResult {
        RunResult.run(["explain", "-", "--published", "2022-09-14"] + arguments, stdin: Self.draft)
    }

    @Test func eachSentenceShowsItsWordsStatementAndClaims() {
        let result = explain([])
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        let output = result.output
        #expect(output.contains("## Sentence 1 (line 1)"))
        #expect(output.contains("\"shelled\": attack word (verb)"))
        #expect(output.contains("\"on Tuesday\": date (weekday) 2022-09-13"))
        #expect(output.contains("\"Jermuk\": place jermuk"))
        #expect(
            output.contains(
                "armenia-mod, indirect, speaker \"the defence ministry in Yerevan\", verb \"said\" — rule `indirect-speech`"))
        #expect(output.contains("claim 1, attack by armenia-mod: azerbaijan → armenia · on 2022-09-13 · at Jermuk"))
        #expect(output.contains("\"Nearly 50\": count 45…49"))
        // A sentence the lexicons know nothing of says so rather than vanishing.
        #expect(output.contains("## Sentence 4 (line 7)"))
        #expect(output.contains("No claim."))
    }

    @Test func theRuleIdsAreTheOnesExtractWrites() throws {
        let explained = explain([]).output
        let extracted = RunResult.run(["extract", "-", "--published", "2022-09-14"], stdin: Self.draft).output
        let rules = extracted.split(separator: "\n").compactMap { line -> String? in
            guard let range = line.range(of: "\"rule\":\"") else { return nil }
            return String(line[range.upperBound...].prefix { $0 != "\"" })
        }
        #expect(rules.count == 3)
        for rule in rules { #expect(explained.contains("rule `\(rule)`"), "\(rule) is not explained") }
    }

    @Test func oneSentenceOnly() {
        let output = explain(["--sentence", "3"]).output
        #expect(!output.contains("## Sentence 1 "))
        #expect(output.contains("## Sentence 3 (line 5)"))
        #expect(output.contains("rule `according-to/casualties-killed`"))
    }

    @Test func aSentencePastTheEndIsAnInputError() {
        let result = explain(["--sentence", "9"])
        #expect(result.status == 1)
        #expect(result.errors == "-: no sentence 9: the article has 4 sentences\n")
        #expect(result.output.isEmpty)
    }

    @Test(arguments: [
        (["explain"], "explain needs an ARTICLE"),
        (["explain", "a.md", "b.md"], "explain reads one article at a time"),
        (["explain", "-", "--sentence", "0"], "--sentence takes a sentence number counted from 1, not '0'"),
        (["explain", "-", "--sentence", "two"], "--sentence takes a sentence number counted from 1, not 'two'"),
    ])
    func usageErrors(arguments: [String], message: String) {
        let result = RunResult.run(arguments, stdin: Self.draft)
        #expect(result.status == 2)
        #expect(result.errors.contains(message))
    }
}
