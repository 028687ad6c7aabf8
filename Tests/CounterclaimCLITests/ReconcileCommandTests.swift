import Foundation
import TestSupport
import Testing

/// `counterclaim reconcile` end to end, in-process.
struct ReconcileCommandTests {
    /// The reconcile contract (README), decoded with its field names: a missing key fails.
    struct ContractIncident: Decodable {
        struct Place: Decodable {
            let place: String
            let name: String
            let documents: Int
            let claims: Int
        }
        struct Finding: Decodable {
            let id: String
            let kind: String
            let relation: String
            let victim: String?
            let outcome: String?
            let event: String?
            let parties: [String]
            let summary: String
            let positions: [Position]
        }
        struct Position: Decodable {
            let party: String
            let side: String
            let in_dispute: Bool
            let stance: String
            let reading: String
            let belligerent: String?
            let count: Count?
            let moments: [Moment]
            let evidence: [Evidence]
        }
        struct Count: Decodable {
            let min: Int?
            let max: Int?
        }
        struct Moment: Decodable {
            let day: String?
            let time: String?
        }
        struct Evidence: Decodable {
            let claim: String
            let document: String
            let outlet: String
            let published: String?
            let party: String
            let kind: String
            let date: String?
            let text: String
        }
        let incident: String
        let title: String
        let start: String?
        let first: String?
        let last: String?
        let places: [Place]
        let documents: [String]
        let parties: [String]
        let claims: [String]
        let findings: [Finding]
    }

    @Test func jsonLinesFollowTheContract() throws {
        let result = RunResult.run(["reconcile", CorpusLocation.corpus.path])
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        let incidents = try result.output.split(separator: "\n").map {
            try JSONDecoder().decode(ContractIncident.self, from: Data($0.utf8))
        }
        #expect(incidents.count == 6)
        let relations = Set(["contradiction", "revision", "omission", "agreement"])
        for incident in incidents {
            #expect(!incident.claims.isEmpty)
            for finding in incident.findings {
                #expect(finding.id.hasPrefix(incident.incident + "/"))
                #expect(relations.contains(finding.relation))
                for evidence in finding.positions.flatMap(\.evidence) {
                    #expect(incident.claims.contains(evidence.claim), "\(evidence.claim) not in \(incident.incident)")
                }
            }
        }
        #expect(incidents.flatMap(\.findings).contains { $0.kind == "aggressor" && $0.relation == "contradiction" })
    }

    @Test func jsonIsOneArrayOfTheSameIncidents() throws {
        let lines = RunResult.run(["reconcile", CorpusLocation.corpus.path]).output.split(separator: "\n")
        let array = RunResult.run(["reconcile", CorpusLocation.corpus.path, "--format", "json"])
        let incidents = try JSONDecoder().decode([ContractIncident].self, from: Data(array.output.utf8))
        #expect(
            incidents.map(\.incident)
                == lines.map { try! JSONDecoder().decode(ContractIncident.self, from: Data($0.utf8)).incident })
    }

    @Test func markdownListsIncidentsAndFindings() {
        let result = RunResult.run(["reconcile", CorpusLocation.corpus.path, "--format", "markdown"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("## Clashes around "))
        #expect(result.output.contains("### Who attacked first — contradiction"))
    }

    @Test func standardInputIsOneArticle() {
        let article =
            "---\nid: draft\noutlet: Desk\npublished: 2022-09-13\n---\n"
            + "Armenia said on Tuesday that Azerbaijani forces had attacked towns near Jermuk. "
            + "Azerbaijan said on Tuesday that Armenian units had fired first on its positions near Jermuk.\n"
        let result = RunResult.run(["reconcile", "-"], stdin: article)
        #expect(result.status == 0)
        #expect(result.output.hasPrefix(#"{"incident":"2022-09-13-jermuk","title":"Clashes around Jermuk, 13 September 2022""#))
        #expect(result.output.contains(#""id":"2022-09-13-jermuk/aggressor-contradiction""#))
    }

    @Test(arguments: [
        (
            ["reconcile"],
            "counterclaim: reconcile needs at least one PATH (a file, a folder, or - for stdin)\nSee 'counterclaim --help'.\n"
        ),
        (
            ["reconcile", "Corpus", "--format", "xml"],
            "counterclaim: unknown format 'xml'; use one of: jsonl, json, markdown\nSee 'counterclaim --help'.\n"
        ),
        (["reconcile", "Corpus", "--out", "x"], "counterclaim: unknown option '--out'\nSee 'counterclaim --help'.\n"),
    ])
    func usageErrors(arguments: [String], message: String) {
        let result = RunResult.run(arguments)
        #expect(result.status == 2)
        #expect(result.errors == message)
    }
}
