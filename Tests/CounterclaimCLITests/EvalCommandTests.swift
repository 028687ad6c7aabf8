import Foundation
import TestSupport
import Testing

/// `counterclaim eval` end to end, in-process: the scorecard of the shipped corpus, the
/// gate, and broken corpora.
struct EvalCommandTests {
    static let headlineKeys = [
        "detection-precision", "detection-recall", "detection-f1", "party-accuracy", "mode-accuracy", "value-accuracy",
        "strict-precision", "strict-recall", "strict-f1",
    ]

    /// A corpus folder with one article and the given label file text.
    static func corpus(labels: String?) throws -> URL {
        let folder = try CorpusLocation.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("labels"), withIntermediateDirectories: true)
        let article = "---\nid: wire-a\noutlet: Desk\npublished: 2022-09-13\n---\nRussia's foreign ministry urged both sides to show restraint.\n"
        try article.write(to: folder.appendingPathComponent("articles/wire-a.md"), atomically: false, encoding: .utf8)
        if let labels {
            try labels.write(to: folder.appendingPathComponent("labels/wire-a.json"), atomically: false, encoding: .utf8)
        }
        return folder
    }

    static func labels(party: String) -> String {
        """
        {"document": "wire-a", "claims": [
          {"party": "\(party)", "side": "third", "mode": "indirect", "kind": "appeal", "aggressor": null, "target": null,
           "negated": false, "victim": null, "outcome": null, "count": null, "date": null,
           "quote": "urged both sides to show restraint"}
        ]}
        """
    }

    @Test func markdownScorecardIsTheDefault() {
        let result = RunResult.run(["eval", CorpusLocation.corpus.path])
        #expect(result.status == 0)
        #expect(result.errors == "")
        #expect(result.output.hasPrefix("# Evaluation scorecard\n"))
        for section in ["## Headline", "## Per kind", "## Per party", "## Misses (", "## False positives (", "## Value errors ("] {
            #expect(result.output.contains("\n\(section)"), "missing \(section)")
        }
    }

    @Test func jsonScorecardHasTheHeadlineScores() throws {
        let result = RunResult.run(["eval", CorpusLocation.corpus.path, "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let headline = try #require(object["headline"] as? [String: Double])
        #expect(headline.keys.sorted() == Self.headlineKeys.sorted())
        #expect(headline.values.allSatisfy { (0...1).contains($0) })
        #expect((object["gold"] as? Int ?? 0) >= 400)
    }

    @Test func theShippedCorpusPassesItsCommittedBaseline() {
        let baseline = CorpusLocation.corpus.appendingPathComponent("baseline.json").path
        let result = RunResult.run(["eval", CorpusLocation.corpus.path, "--baseline", baseline])
        #expect(result.status == 0)
        #expect(!result.errors.contains("dropped"), "\(result.errors)")
    }

    @Test func aBaselineAboveTheRunFailsTheGate() throws {
        let folder = try CorpusLocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let baseline = folder.appendingPathComponent("baseline.json")
        try #"{"headline": {"detection-recall": 0.999, "party-accuracy": 0.001}}"#.write(to: baseline, atomically: false, encoding: .utf8)
        let result = RunResult.run(["eval", CorpusLocation.corpus.path, "--baseline", baseline.path, "--format", "json"])
        #expect(result.status == 1)
        let lines = result.errors.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("\(baseline.path): detection-recall dropped from 0.999 to 0.") == true, "\(lines)")
        #expect(lines.first?.hasSuffix("; the gate allows a drop of 0.010") == true)
        #expect(
            lines.contains(
                "\(baseline.path): extraction got worse than the baseline; fix the change that caused it (the baseline is only ever raised, never lowered to pass)"
            ))
        #expect(lines.contains { $0.hasPrefix("\(baseline.path): note: party-accuracy rose from 0.001 to ") })
        #expect(result.output.contains("\"headline\""), "the scorecard is still printed")
    }

    @Test func anUnreadableBaselineFailsAtOnce() {
        let result = RunResult.run(["eval", CorpusLocation.corpus.path, "--baseline", "/nonexistent/baseline.json"])
        #expect(result.status == 1)
        #expect(
            result.errors
                == "/nonexistent/baseline.json: cannot read the baseline file; write one with `counterclaim eval CORPUS --format json > /nonexistent/baseline.json`\n"
        )
        #expect(result.output.isEmpty)
    }

    @Test func aBadLabelNamesFileAndClaimAndTheRestIsScored() throws {
        let folder = try Self.corpus(labels: Self.labels(party: "kremlin"))
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = RunResult.run(["eval", folder.path, "--format", "json"])
        #expect(result.status == 1)
        let file = folder.appendingPathComponent("labels/wire-a.json").path
        #expect(result.errors.hasPrefix("\(file): claim 1: unknown party 'kremlin'; use one of: armenia-mod, "))
        #expect(result.output.hasPrefix("{\n  \"documents\":0,"))
    }

    @Test func aGoodSmallCorpusScores() throws {
        let folder = try Self.corpus(labels: Self.labels(party: "russia"))
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = RunResult.run(["eval", folder.path, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.errors == "")
        #expect(result.output.contains(#""headline":{"detection-precision":1.000,"detection-recall":1.000,"#))
    }

    @Test func aCorpusNeedsArticlesAndLabels() throws {
        let folder = try Self.corpus(labels: nil)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("labels"))
        let noLabels = RunResult.run(["eval", folder.path])
        #expect(noLabels.status == 1)
        #expect(noLabels.errors == "\(folder.path):0: no labels/ folder; eval scores against gold labels, labels/<id>.json (see Corpus/LABELING.md)\n")
        let articles = folder.appendingPathComponent("articles").path
        let noArticles = RunResult.run(["eval", articles])
        #expect(noArticles.status == 1)
        #expect(noArticles.errors == "\(articles):0: no articles/ folder; CORPUS is a folder with articles/ and labels/ in it\n")
        let missing = RunResult.run(["eval", "/nonexistent/corpus"])
        #expect(missing.errors == "/nonexistent/corpus:0: no such folder; CORPUS is a folder with articles/ and labels/ in it\n")
    }

    @Test func helpForEvalHasExamples() {
        let result = RunResult.run(["help", "eval"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("USAGE: counterclaim eval CORPUS"))
        #expect(result.output.contains("EXAMPLES:"))
        #expect(RunResult.run(["eval", "--help"]).output == result.output)
        #expect(RunResult.run(["--help"]).output.contains("eval CORPUS"))
    }

    @Test(arguments: [
        (["eval"], "counterclaim: eval needs a CORPUS folder (one with articles/ and labels/)\nSee 'counterclaim --help'.\n"),
        (["eval", "Corpus", "Other"], "counterclaim: eval scores one CORPUS at a time; got 'Corpus', 'Other'\nSee 'counterclaim --help'.\n"),
        (["eval", "Corpus", "--format", "jsonl"], "counterclaim: unknown format 'jsonl'; use one of: markdown, json\nSee 'counterclaim --help'.\n"),
        (["eval", "Corpus", "--baseline"], "counterclaim: --baseline needs a value\nSee 'counterclaim --help'.\n"),
        (["eval", "Corpus", "--baseline", "a.json", "--baseline", "b.json"], "counterclaim: --baseline may be given only once\nSee 'counterclaim --help'.\n"),
        (["eval", "Corpus", "--strict"], "counterclaim: unknown option '--strict'\nSee 'counterclaim --help'.\n"),
    ])
    func usageErrors(arguments: [String], message: String) {
        let result = RunResult.run(arguments)
        #expect(result.status == 2)
        #expect(result.errors == message)
        #expect(result.output.isEmpty)
    }
}
