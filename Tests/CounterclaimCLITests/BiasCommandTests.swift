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
        #expect(report.outlets.allSatisfy { $0.votes.count == 6 && !$0.reading.isEmpty })
    }

    struct Readings: Decodable {
        struct Outlet: Decodable {
            struct Reading: Decodable {
                let article: String
                let leaning: String?
                let votes: [String: String?]
                let reading: String
            }
            let outlet: String
            let leaning: String
            let readings: [Reading]
        }
        let outlets: [Outlet]
    }

    /// Each outlet lists its articles read alone: a one-article partisan outlet reads its side
    /// there, wire copy none, an article without claims nothing (null).
    @Test func jsonReadsEachArticleAlone() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bias-readings-\(UUID().uuidString)")
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = [
            ("partisan", "Caspian Herald (Baku dateline)",
             "Armenian forces shelled Azerbaijani villages near Lachin overnight in a fresh provocation."
                + " Armenian units again opened fire on the liberated lands around Lachin at dawn."),
            ("wire", "Caucasus Wire",
             "Armenia's defence ministry said Azerbaijani forces shelled Jermuk."
                + " Azerbaijan's defence ministry said Armenian units opened fire first near Jermuk."),
            ("vines", "Vineyard Weekly", "Exports of wine rose by a tenth last year, the statistics office said."),
        ]
        for (id, outlet, body) in written {
            let text = "---\nid: \(id)\noutlet: \(outlet)\npublished: 2022-09-13\n---\n\(body)\n"
            try Data(text.utf8).write(to: articles.appendingPathComponent("\(id).md"))
        }
        let result = RunResult.run(["bias", folder.path, "--format", "json"])
        #expect(result.status == 0)
        let report = try JSONDecoder().decode(Readings.self, from: Data(result.output.utf8))
        let readings = Dictionary(uniqueKeysWithValues: report.outlets.flatMap(\.readings).map { ($0.article, $0) })
        #expect(readings["partisan"]?.leaning == "azerbaijani")
        #expect(report.outlets.first { $0.outlet.hasPrefix("Caspian Herald") }?.leaning == "none")
        #expect(readings["wire"]?.leaning == "none")
        #expect(readings["vines"].map { $0.leaning == nil } == true)
        #expect(readings.values.allSatisfy { $0.votes.count == 6 && !$0.reading.isEmpty })
    }

    @Test func markdownIsTheBiasPageAndTheSameBytesEachRun() {
        let first = RunResult.run(["bias", CorpusLocation.corpus.path])
        #expect(first.status == 0)
        #expect(first.output.hasPrefix("# Outlet bias\n"))
        #expect(first.output == RunResult.run(["bias", CorpusLocation.corpus.path]).output)
    }
}
