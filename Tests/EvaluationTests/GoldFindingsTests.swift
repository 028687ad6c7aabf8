import Evaluation
import Foundation
import Reconciliation
import TestSupport
import Testing

/// `findings.json`: decoded with every value checked, errors naming the file and finding.
struct GoldFindingsTests {
    static let valid = """
        {"findings": [{"kind": "losses", "incident": "2022-09-13", "parties": ["azerbaijan-mod", "armenia-gov"],
          "victim": "azerbaijan", "outcome": "killed", "event": null, "note": "n",
          "evidence": [{"document": "a", "party": "armenia-gov", "quote": "q1"},
                       {"document": "b", "party": "azerbaijan-mod", "quote": "q2"}]}]}
        """

    func decode(_ text: String) throws(GoldFindingsError) -> GoldFindings {
        try GoldFindings.decode(Data(text.utf8), file: "Corpus/findings.json")
    }

    @Test func aValidFileDecodes() throws {
        let gold = try decode(Self.valid)
        let finding = try #require(gold.findings.first)
        #expect(finding.kind == .losses && finding.victim == .azerbaijan && finding.outcome == .killed)
        #expect(finding.incident.description == "2022-09-13")
        #expect(finding.parties == [.azerbaijanMod, .armeniaGov])
    }

    @Test(arguments: [
        (
            #""kind": "losses""#, #""kind": "bias""#,
            "Corpus/findings.json: finding 0: unknown kind `bias`; one of: aggressor, losses, date"
        ),
        (
            #""incident": "2022-09-13""#, #""incident": "2022-09""#,
            "Corpus/findings.json: finding 0: incident `2022-09` is not a day; write the first day of the clash as YYYY-MM-DD"
        ),
        (
            #""parties": ["azerbaijan-mod", "armenia-gov"]"#, #""parties": ["armenia-gov", "azerbaijan-mod"]"#,
            "Corpus/findings.json: finding 0: list the parties in DESIGN.md order: azerbaijan-mod, armenia-gov"
        ),
        (
            #""parties": ["azerbaijan-mod", "armenia-gov"]"#, #""parties": ["armenia-gov"]"#,
            "Corpus/findings.json: finding 0: parties must name at least two different parties, each once"
        ),
        (
            #""victim": "azerbaijan""#, #""victim": "azeri""#,
            "Corpus/findings.json: finding 0: unknown victim `azeri`; one of: armenia, azerbaijan, civilians-armenia, civilians-azerbaijan"
        ),
        (
            #""event": null"#, #""event": "fighting-start""#,
            "Corpus/findings.json: finding 0: event is for date findings only; write null"
        ),
        (
            #"{"document": "b", "party": "azerbaijan-mod", "quote": "q2"}"#,
            #"{"document": "b", "party": "armenia-gov", "quote": "q2"}"#,
            "Corpus/findings.json: finding 0: no evidence for azerbaijan-mod; give at least one gold quote per party"
        ),
        (
            #""findings": ["#, #""found": ["#,
            "Corpus/findings.json: not a findings file (missing `findings` at the top); see LABELING.md, \"Gold findings\""
        ),
    ])
    func aBadValueNamesTheFileAndTheFinding(original: String, replacement: String, message: String) {
        #expect(throws: GoldFindingsError.self) { try decode(Self.valid.replacingOccurrences(of: original, with: replacement)) }
        do {
            _ = try decode(Self.valid.replacingOccurrences(of: original, with: replacement))
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func evidenceMustQuoteAGoldClaimOfThatParty() throws {
        let gold = try decode(Self.valid)
        let problems = gold.problems { document, party in
            document == "a" ? (party == .armeniaGov ? ["q1"] : []) : nil
        }
        #expect(
            problems.map(\.description) == [
                "Corpus/findings.json: finding 0: evidence names `b`, which has no labels/b.json"
            ])
    }

    @Test func theShippedFindingsQuoteTheShippedLabels() throws {
        let corpus = CorpusLocation.corpus
        let gold = try GoldFindings.decode(
            Data(contentsOf: corpus.appendingPathComponent("findings.json")), file: "findings.json")
        #expect(gold.findings.count >= 10)
        var labels: [String: [(party: String, quote: String)]] = [:]
        let problems = gold.problems { document, party in
            if labels[document] == nil {
                let url = corpus.appendingPathComponent("labels/\(document).json")
                guard let data = try? Data(contentsOf: url),
                    let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                    let claims = object["claims"] as? [[String: Any]]
                else { return nil }
                labels[document] = claims.compactMap { claim in
                    guard let party = claim["party"] as? String, let quote = claim["quote"] as? String else { return nil }
                    return (party, quote)
                }
            }
            return labels[document]?.filter { $0.party == party.rawValue }.map(\.quote)
        }
        #expect(problems.isEmpty, "\(problems.map(\.description))")
    }
}
