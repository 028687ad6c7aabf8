@testable import CounterclaimCLI
import Foundation
import Reports
import TestSupport
import Testing

/// `counterclaim report`: the pages it writes, byte for byte the same on every run, and a
/// folder that is replaced whole or left as it was.
struct ReportCommandTests {
    @Test func twoRunsWriteTheSameBytes() throws {
        let folder = try CorpusLocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("Reports")
        let first = RunResult.run(["report", CorpusLocation.corpus.path, "--out", out.path])
        #expect(first.status == 0, "\(first.errors)")
        let written = try FolderTree.files(in: out)
        #expect(written.keys.contains("README.md"))
        #expect(written.keys.contains { $0.hasPrefix("incidents/") })
        #expect(written.keys.contains("articles/wire-2022-09-13-border-clashes.md"))
        // The outlet bias page and every article's attribution check ride along, linked from the index.
        #expect(written.keys.contains("bias.md"))
        #expect(written.keys.filter { $0.hasPrefix("checks/") }.count == written.keys.filter { $0.hasPrefix("articles/") }.count)
        let index = String(decoding: try #require(written["README.md"]), as: UTF8.self)
        #expect(index.contains("[Outlet bias](bias.md)"))
        #expect(index.contains("[check](checks/wire-2022-09-13-border-clashes.md)"))
        // Every page, and the manifest that lists them.
        #expect(written.keys.contains(".counterclaim-manifest"))
        #expect(first.output == "wrote \(written.count - 1) pages to \(out.path)\n")
        let second = RunResult.run(["report", CorpusLocation.corpus.path, "--out", out.path])
        #expect(second.status == 0)
        #expect(try FolderTree.files(in: out) == written)
        // Nothing is left beside the folder: the staging and previous folders are gone.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Reports"])
    }

    @Test func aStalePageIsRemoved() throws {
        let folder = try CorpusLocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("Reports")
        // An earlier report's page, listed in its manifest: the tool's, so it may go.
        try ReportFolder(path: out.path).replace(with: [.init(path: "incidents/1999-01-01-gone.md", text: "old\n")])
        #expect(RunResult.run(["report", CorpusLocation.corpus.path, "--out", out.path]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("incidents/1999-01-01-gone.md").path))
    }

    @Test func aFolderWithOtherFilesIsLeftAsItWas() throws {
        let folder = try CorpusLocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("mine".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let result = RunResult.run(["report", CorpusLocation.corpus.path, "--out", folder.path])
        #expect(result.status == 1)
        #expect(
            result.errors
                == "counterclaim: \(folder.path): holds `notes.txt`, which counterclaim did not write; a report needs a folder of its own:"
                + " move that out, or choose a new or empty folder with --out\n"
        )
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
    }

    @Test func aFailedWriteLeavesThePreviousReport() throws {
        let folder = try CorpusLocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("Reports")
        let old = [ReportPage(path: "README.md", text: "old report\n")]
        try ReportFolder(path: out.path).replace(with: old)
        // A page that would land outside the folder is refused before anything is written.
        #expect(throws: ReportFolderError.self) {
            try ReportFolder(path: out.path).replace(with: [
                .init(path: "README.md", text: "new\n"), .init(path: "../escape.md", text: "x"),
            ])
        }
        #expect(
            try FolderTree.files(in: out) == [
                "README.md": Data("old report\n".utf8), ".counterclaim-manifest": Data(ReportManifest(pages: old).text.utf8),
            ])
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("escape.md").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Reports"])
    }

    @Test func aBrokenArticleWritesNothing() throws {
        let folder = try CorpusLocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        // The good article comes first, so its check page is already staged when the bad one fails.
        try "---\nid: a-good\noutlet: Desk\npublished: 2022-09-13\n---\nArmenia said Azerbaijani forces shelled Jermuk.\n".write(
            to: corpus.appendingPathComponent("a-good.md"), atomically: false, encoding: .utf8)
        try "---\nid: bad\npublished: 2022-09-13\n---\nBody.\n".write(
            to: corpus.appendingPathComponent("bad.md"), atomically: false, encoding: .utf8)
        let out = folder.appendingPathComponent("Reports")
        let result = RunResult.run(["report", corpus.path, "--out", out.path])
        #expect(result.status == 1)
        #expect(
            result.errors.hasSuffix(
                "counterclaim: report not written: fix the articles above, then run again; \(out.path) is unchanged\n"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        // Nor is a staging folder left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["corpus"])
    }

    @Test(arguments: [
        (
            ["report", "Corpus", "--out", ""],
            "counterclaim: report needs --out DIR, the folder to write the report into\nSee 'counterclaim --help'.\n"
        ),
        (
            ["report", "--out", "Reports"],
            "counterclaim: report needs a CORPUS (a corpus folder, a folder of articles or article files)\nSee 'counterclaim --help'.\n"
        ),
        (
            ["report", "-", "--out", "Reports"],
            "counterclaim: report reads a corpus from files, not from standard input\nSee 'counterclaim --help'.\n"
        ),
    ])
    func usageErrors(arguments: [String], message: String) {
        let result = RunResult.run(arguments)
        #expect(result.status == 2)
        #expect(result.errors == message)
    }
}
