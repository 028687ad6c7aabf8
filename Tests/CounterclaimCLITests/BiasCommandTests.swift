import Foundation
import Testing
import TestSupport

/// `counterclaim bias` end to end, in-process, on the shipped corpus.
struct BiasCommandTests {
    struct Report: Decodable {
        struct Outlet: Decodable {
            let outlet: String
            let articles: [String]
            let official: String?
            let leaning: String
            let votes: [String: String?]
            let voice: [String: Int]
            let reading: String
        }
        let outlets: [Outlet]
    }

    @Test func jsonGivesEachOutletItsLeaning() throws {
        let result = RunResult.run(["bias", CorpusLocation.corpus.path, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        let report = try JSONDecoder().decode(Report.self, from: Data(result.output.utf8))
        let leanings = Dictionary(uniqueKeysWithValues: report.outlets.map { ($0.outlet, $0.leaning) })
        #expect(leanings["Armenian Frontline"] == "armenian")
        #expect(leanings["Azeri Vanguard"] == "azerbaijani")
        #expect(leanings["Caucasus Wire"] == "none")
        #expect(report.outlets.first { $0.outlet == "Ministry of Defence of Armenia" }?.official == "armenia-mod")
        #expect(report.outlets.allSatisfy { $0.votes.count == 5 && !$0.reading.isEmpty })
    }

    @Test func markdownIsTheBiasPageAndTheSameBytesEachRun() {
        let first = RunResult.run(["bias", CorpusLocation.corpus.path])
        #expect(first.status == 0)
        #expect(first.output.hasPrefix("# Outlet bias\n"))
        #expect(first.output == RunResult.run(["bias", CorpusLocation.corpus.path]).output)
    }
}
