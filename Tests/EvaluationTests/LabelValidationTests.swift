import Evaluation
import Testing

/// Every problem a label file can have, with the message a labeller sees.
struct LabelValidationTests {
    static let article = CorpusFixture.article(
        "wire-a",
        ["Armenia's defence ministry said Azerbaijani forces shelled positions near Jermuk overnight and that 49 of its soldiers had been killed."])
    static let good = GoldFixture(
        party: "armenia-mod", kind: "attack", aggressor: "azerbaijan", target: "armenia", date: "2022-09-12",
        quote: "Azerbaijani forces shelled positions near Jermuk")

    /// The problems of a label file for the article whose second claim is `claim`.
    static func problems(secondClaim claim: GoldFixture) -> [String] {
        problems(labels: CorpusFixture.labels("wire-a", [good, claim]))
    }

    static func problems(labels: String, id: String = "wire-a") -> [String] {
        CorpusFixture.corpus(articles: ["wire-a": article], labels: [id: labels]).labelProblems.map(\.description)
    }

    static func with(_ change: (inout GoldFixture) -> Void) -> GoldFixture {
        var claim = good
        change(&claim)
        return claim
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let claim: GoldFixture
        let message: String
        var testDescription: String { message }
    }

    @Test(arguments: [
        Case(
            claim: with { $0.party = "armenia-mf" },
            message: "unknown party 'armenia-mf'; use one of: armenia-mod, azerbaijan-mod, armenia-gov, azerbaijan-gov,"
                + " karabakh, russia, eu, china, un, usa, france, turkey, iran, other, narrator"),
        Case(claim: with { $0.side = "azerbaijan" }, message: "side 'azerbaijan' does not match party 'armenia-mod'; its side is 'armenia'"),
        Case(claim: with { $0.mode = "reported" }, message: "unknown mode 'reported'; use one of: direct, indirect, unattributed"),
        Case(claim: with { $0.kind = "shelling" }, message: "unknown kind 'shelling'; use one of: attack, casualties, territory, ceasefire, appeal"),
        Case(claim: with { $0.aggressor = "russia" }, message: "unknown aggressor 'russia'; use one of: armenia, azerbaijan, or null"),
        Case(claim: with { $0.target = "Armenia" }, message: "unknown target 'Armenia'; use one of: armenia, azerbaijan, or null"),
        Case(
            claim: with { $0.victim = "civilians" },
            message: "unknown victim 'civilians'; use one of: armenia, azerbaijan, civilians-armenia, civilians-azerbaijan, or null"),
        Case(
            claim: with { $0.outcome = "dead" },
            message: "unknown outcome 'dead'; use one of: killed, wounded, captured, missing, positions-lost, or null"),
        Case(
            claim: with { $0.date = "13/09/2022" },
            message: "date '13/09/2022' is not a real day or month written YYYY-MM-DD or YYYY-MM; e.g. 2022-09-13 or 2022-09"),
        Case(
            claim: with { $0.date = "2022-02-30" },
            message: "date '2022-02-30' is not a real day or month written YYYY-MM-DD or YYYY-MM; e.g. 2022-09-13 or 2022-09"),
        Case(
            claim: with { $0.count = #"{"min": 50, "max": 45}"# },
            message: #"count min 50 is greater than max 45; write {"min": 45, "max": 50}"#),
        Case(
            claim: with { $0.count = #"{"min": null, "max": null}"# },
            message: "count has neither min nor max; write null for an unspecified number"),
        Case(
            claim: with { $0.quote = "Armenia’s defence ministry" },
            message: "quote 'Armenia’s defence ministry' is not in the article body; copy it from the article byte for byte"
                + " (curly quotes and apostrophes as written)"),
        Case(claim: with { $0.quote = "" }, message: "quote is empty; copy the words that carry the claim from the article"),
    ])
    func claimProblem(_ example: Case) {
        #expect(Self.problems(secondClaim: example.claim) == ["labels/wire-a.json: claim 2: \(example.message)"])
    }

    @Test func everyProblemOfAClaimIsReported() {
        let claim = Self.with {
            $0.party = "kremlin"
            $0.kind = "attacks"
        }
        #expect(
            Self.problems(secondClaim: claim).map { $0.split(separator: ";")[0] } == [
                "labels/wire-a.json: claim 2: unknown party 'kremlin'",
                "labels/wire-a.json: claim 2: unknown kind 'attacks'",
            ])
    }

    @Test func goodLabelsValidate() {
        let corpus = CorpusFixture.corpus(articles: ["wire-a": Self.article], labels: ["wire-a": CorpusFixture.labels("wire-a", [Self.good])])
        #expect(corpus.isClean)
        #expect(corpus.documents.map { $0.gold.map(\.quote) } == [["Azerbaijani forces shelled positions near Jermuk"]])
    }

    @Test func documentMustMatchTheFileName() {
        #expect(
            Self.problems(labels: CorpusFixture.labels("wire-b", [Self.good])) == [
                #"labels/wire-a.json: document 'wire-b' does not match the file name; write "document": "wire-a""#
            ])
    }

    @Test func labelFileWithoutAnArticle() {
        #expect(
            Self.problems(labels: CorpusFixture.labels("wire-z", [Self.good]), id: "wire-z") == [
                "labels/wire-z.json: no article 'wire-z' for this label file; add articles/wire-z.md or delete the label file"
            ])
    }

    @Test func labelsOfABrokenArticleAreNotReportedTwice() {
        let corpus = CorpusFixture.corpus(
            articles: ["wire-a": "---\nid: wire-b\noutlet: Desk\n---\nBody.\n"],
            labels: ["wire-a": CorpusFixture.labels("wire-a", [Self.good])])
        #expect(corpus.articleProblems.map(\.source) == ["articles/wire-a.md"])
        #expect(corpus.labelProblems.isEmpty)
        #expect(corpus.documents.isEmpty)
    }

    @Test func malformedJSONNamesTheFile() {
        let problems = Self.problems(labels: #"{"document": "wire-a", "claims": ["#)
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("labels/wire-a.json: not valid JSON: ") == true, "\(problems)")
    }

    @Test func missingFieldNamesTheClaim() {
        let labels = CorpusFixture.labels("wire-a", [Self.good]).replacingOccurrences(of: #", "quote": "#, with: #", "words": "#)
        #expect(
            Self.problems(labels: labels) == [
                "labels/wire-a.json: claim 1: missing field 'quote'; write every field of the label format, null where it does not apply"
            ])
    }

    @Test func wrongTypeNamesTheClaimAndField() {
        let labels = CorpusFixture.labels("wire-a", [Self.good, Self.good]).replacingOccurrences(of: #""negated": false"#, with: #""negated": "no""#)
        let problems = Self.problems(labels: labels)
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("labels/wire-a.json: claim 1: field 'negated': ") == true, "\(problems)")
    }

    @Test func anInvalidFileIsSkippedAndTheRestScored() {
        let second = CorpusFixture.article("wire-b", ["Russia's foreign ministry urged both sides to show restraint."])
        let corpus = CorpusFixture.corpus(
            articles: ["wire-a": Self.article, "wire-b": second],
            labels: [
                "wire-a": CorpusFixture.labels("wire-a", [Self.with { $0.party = "nato" }]),
                "wire-b": CorpusFixture.labels("wire-b", [GoldFixture(party: "russia", kind: "appeal", quote: "urged both sides to show restraint")]),
            ])
        #expect(corpus.documents.map(\.article.id) == ["wire-b"])
        #expect(corpus.labelProblems.map { $0.description.split(separator: ";")[0] } == ["labels/wire-a.json: claim 1: unknown party 'nato'"])
    }
}
