import Foundation
import TestSupport
import Testing

@testable import CounterclaimCLI

/// `report --out DIR` replaces only what counterclaim wrote there: a user's files, edited
/// pages and folders stop the run before anything changes; OS litter is kept; leftovers of a
/// killed run are cleaned; the pages do not depend on where or how the corpus was named.
struct ReportOutputFolderTests {
    /// A temporary folder holding `corpus/articles/` with two articles on one clash.
    func workspace() throws -> (folder: URL, corpus: URL) {
        let folder = try CorpusLocation.temporaryFolder()
        let articles = folder.appendingPathComponent("corpus/articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let fixtures: [ReconciliationFixture.Article] = [
            .init("wire-a", published: "2022-09-13", "Armenia said Azerbaijani forces shelled Jermuk on Tuesday."),
            .init("wire-b", published: "2022-09-13", "Baku said Armenian units fired first near Jermuk on Tuesday."),
        ]
        for article in fixtures {
            try Data(article.file.utf8).write(to: articles.appendingPathComponent("\(article.id).md"))
        }
        return (folder, folder.appendingPathComponent("corpus"))
    }

    func report(_ corpus: URL, into out: URL) -> RunResult {
        RunResult.run(["report", corpus.path, "--out", out.path])
    }

    /// The result of a run that must be refused: exit status 1, nothing on standard output,
    /// and nothing under `folder` (the report folder, what is beside it, the corpus) changed.
    func refusal(within folder: URL, sourceLocation: SourceLocation = #_sourceLocation, _ run: () throws -> RunResult) throws
        -> RunResult
    {
        let before = try FolderTree.entries(of: folder)
        let result = try run()
        #expect(result.status == 1, sourceLocation: sourceLocation)
        #expect(result.output == "", sourceLocation: sourceLocation)
        #expect(try FolderTree.entries(of: folder) == before, sourceLocation: sourceLocation)
        return result
    }

    // MARK: A user's files are never replaced

    @Test(arguments: ["README.md", "bias.md", "articles/wire-a.md", "checks/wire-b.md"])
    func aUsersFileAtAPagePathStopsTheRun(file: String) throws {
        let (folder, corpus) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("Reports")
        let mine = out.appendingPathComponent(file)
        try FileManager.default.createDirectory(at: mine.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("# My own notes\n".utf8).write(to: mine)

        let result = try refusal(within: folder) { report(corpus, into: out) }

        #expect(
            result.errors
                == "counterclaim: \(out.path): holds `\(file)`, which counterclaim did not write; a report needs a folder of its own:"
                + " move that out, or choose a new or empty folder with --out\n")
    }

    @Test func aPageTheUserEditedIsNotReplaced() throws {
        let (folder, corpus) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("Reports")
        #expect(report(corpus, into: out).status == 0)
        let page = out.appendingPathComponent("articles/wire-a.md")
        try Data(try Data(contentsOf: page) + Data("\nMy note: call the ministry.\n".utf8)).write(to: page)

        let result = try refusal(within: folder) { report(corpus, into: out) }

        #expect(
            result.errors
                == "counterclaim: \(out.path): `articles/wire-a.md` was changed after counterclaim wrote it (it no longer matches"
                + " `.counterclaim-manifest`); move your version out of the folder, or delete it to have it written again\n")
    }

    @Test(arguments: [("checks/notes.md", "checks/notes.md"), ("drafts/", "drafts/"), ("incidents/old/", "incidents/old/")])
    func somethingAddedToAReportStopsTheRun(added: String, named: String) throws {
        let (folder, corpus) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("Reports")
        #expect(report(corpus, into: out).status == 0)
        let url = out.appendingPathComponent(added)
        if added.hasSuffix("/") {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } else {
            try Data("mine".utf8).write(to: url)
        }

        let result = try refusal(within: folder) { report(corpus, into: out) }

        #expect(result.errors.hasPrefix("counterclaim: \(out.path): holds `\(named)`, which counterclaim did not write;"))
    }

    @Test func aManifestTheToolDidNotWriteVouchesForNothing() throws {
        let (folder, corpus) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("Reports")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("# My own notes\n".utf8).write(to: out.appendingPathComponent("README.md"))
        // Right digest, but no header and a path that leaves the folder: not the tool's manifest.
        let digest = SHA256.digest(Array("# My own notes\n".utf8)).hex
        try Data("\(digest)  README.md\n\(digest)  ../escape.md\n".utf8).write(to: out.appendingPathComponent(".counterclaim-manifest"))

        let result = try refusal(within: folder) { report(corpus, into: out) }

        #expect(result.errors.hasPrefix("counterclaim: \(out.path): `.counterclaim-manifest` was changed after counterclaim wrote it"))
    }

    @Test func theManifestListsEveryPageWithItsDigest() throws {
        let (folder, corpus) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("Reports")
        // An earlier report's index: the tool's, so it may be replaced.
        try ReportFolder(path: out.path).replace(with: [.init(path: "README.md", text: "old index\n")])

        let result = report(corpus, into: out)

        #expect(result.status == 0, "\(result.errors)")
        let files = try FolderTree.files(in: out)
        #expect(files["README.md"] != Data("old index\n".utf8))
        let pages = files.filter { $0.key != ".counterclaim-manifest" }
        #expect(result.output == "wrote \(pages.count) pages to \(out.path)\n")
        let manifest = String(decoding: try #require(files[".counterclaim-manifest"]), as: UTF8.self)
        let listed = pages.keys.sorted().map { "\(SHA256.digest([UInt8](pages[$0] ?? Data())).hex)  \($0)" }
        #expect(manifest.split(separator: "\n").dropFirst(2).map(String.init) == listed)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["Reports", "corpus"])
    }

    // MARK: Links and the working folder

    @Test func aLinkedFolderIsWrittenThrough() throws {
        let (folder, corpus) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("shared/Reports")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        let link = folder.appendingPathComponent("Reports")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: real.path)

        for _ in 1...2 {
            let result = report(corpus, into: link)
            #expect(result.status == 0, "\(result.errors)")
        }

        #expect(try FolderTree.entries(of: folder)["Reports"] == .link(real.path))
        #expect(try FolderTree.files(in: real).keys.contains("articles/wire-a.md"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: real.deletingLastPathComponent().path) == ["Reports"])
    }

    @Test func aLinkToNothingIsRefused() throws {
        let (folder, corpus) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathComponent("Reports")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "elsewhere/Reports")

        let result = try refusal(within: folder) { report(corpus, into: link) }

        #expect(
            result.errors
                == "counterclaim: \(link.path): is a link to `elsewhere/Reports`, which is not a folder; create that folder, or choose another --out\n"
        )
    }

    /// Swapping the working folder away would leave the user's shell in a removed folder, and
    /// `.` is where their own files are: refused whatever it holds.
    @Test(arguments: [("", "."), ("Reports/articles", "../")])
    func theWorkingFolderIsRefused(workingFolder: String, out: String) throws {
        let (folder, corpus) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(report(corpus, into: folder.appendingPathComponent("Reports")).status == 0)
        try Data("# My project\n".utf8).write(to: folder.appendingPathComponent("README.md"))
        let here = folder.appendingPathComponent(workingFolder)

        let result = try refusal(within: folder) { try RunResult.runBinary(["report", corpus.path, "--out", out], in: here) }

        #expect(
            result.errors
                == "counterclaim: \(out): is the working folder or holds it; the report replaces its folder whole, which would pull"
                + " the folder out from under your shell: choose a folder of its own, e.g. --out Reports\n")
    }

    // MARK: OS litter and leftovers

    @Test func osLitterNeitherStopsTheRunNorIsRemoved() throws {
        let (folder, corpus) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fresh = folder.appendingPathComponent("Fresh")
        let rerun = folder.appendingPathComponent("Rerun")
        try FileManager.default.createDirectory(at: fresh, withIntermediateDirectories: true)
        #expect(report(corpus, into: rerun).status == 0)
        let litter = [
            fresh.appendingPathComponent(".DS_Store"), rerun.appendingPathComponent(".DS_Store"),
            rerun.appendingPathComponent("articles/Thumbs.db"), rerun.appendingPathComponent("Desktop.ini"),
            rerun.appendingPathComponent("._README.md"), rerun.appendingPathComponent("Icons/desktop.ini"),
        ]
        for (index, file) in litter.enumerated() {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("litter \(index)".utf8).write(to: file)
        }

        for out in [fresh, rerun] {
            let result = report(corpus, into: out)
            #expect(result.status == 0, "\(result.errors)")
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("articles/wire-a.md").path))
        }
        for (index, file) in litter.enumerated() {
            #expect(try Data(contentsOf: file) == Data("litter \(index)".utf8), "\(file.path)")
        }
    }

    @Test func leftoversOfAKilledRunAreRemovedByTheNextRun() throws {
        let (folder, corpus) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("Reports")
        #expect(report(corpus, into: out).status == 0)
        let manager = FileManager.default
        // As a run killed while writing its pages leaves it: the manifest, some of the pages.
        let staging = folder.appendingPathComponent(".Reports.staging-0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0")
        try manager.createDirectory(at: staging.appendingPathComponent("articles"), withIntermediateDirectories: true)
        let manifest = ".counterclaim-manifest"
        try manager.copyItem(at: out.appendingPathComponent(manifest), to: staging.appendingPathComponent(manifest))
        try Data("half a pa".utf8).write(to: staging.appendingPathComponent("articles/wire-a.md"))
        // As one killed between its two renames leaves the folder it moved aside.
        let previous = folder.appendingPathComponent(".Reports.previous-00000000-1111-2222-3333-444444444444")
        try manager.copyItem(at: out, to: previous)
        // Named alike, but not the tool's: no manifest, or not a run's name.
        let usersFolder = folder.appendingPathComponent(".Reports.staging-AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE")
        try manager.createDirectory(at: usersFolder, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: usersFolder.appendingPathComponent("notes.txt"))
        let notARun = folder.appendingPathComponent(".Reports.previous-backup")
        try manager.copyItem(at: out, to: notARun)

        let result = report(corpus, into: out)

        #expect(result.status == 0, "\(result.errors)")
        #expect(
            result.output
                == "removed .Reports.previous-00000000-1111-2222-3333-444444444444, left beside \(out.path) by an interrupted run\n"
                + "removed .Reports.staging-0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0, left beside \(out.path) by an interrupted run\n"
                + "wrote 7 pages to \(out.path)\n")
        #expect(
            try manager.contentsOfDirectory(atPath: folder.path).sorted() == [
                ".Reports.previous-backup", ".Reports.staging-AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE", "Reports", "corpus",
            ])
        #expect(try FolderTree.files(in: usersFolder) == ["notes.txt": Data("mine".utf8)])
    }

    // MARK: The pages do not depend on the corpus path

    /// However the corpus is named, the pages are the same bytes and name no folder of the
    /// machine: a check page says where an article was read from as `Corpus/articles/<file>`.
    @Test func thePagesAreTheSameForEverySpellingOfTheCorpusPath() throws {
        let folder = try CorpusLocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = CorpusLocation.root
        let spellings = ["Corpus", "./Corpus", "Corpus/", root.appendingPathComponent("Corpus").path, "Tests/../Corpus"]
        var reports: [[String: Data]] = []
        for (index, spelling) in spellings.enumerated() {
            let out = folder.appendingPathComponent("Reports-\(index)")
            let result = try RunResult.runBinary(["report", spelling, "--out", out.path], in: root)
            #expect(result.status == 0, "\(spelling): \(result.errors)")
            reports.append(try FolderTree.files(in: out))
        }
        #expect(reports.allSatisfy { $0 == reports[0] })
        let check = String(decoding: try #require(reports[0]["checks/wire-2022-09-13-border-clashes.md"]), as: UTF8.self)
        #expect(check.contains("read from Corpus/articles/wire-2022-09-13-border-clashes.md\n"))
        for (path, bytes) in reports[0] {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains(root.path) && !text.contains(folder.path), "\(path) names a folder of this machine")
        }
    }

    @Test(arguments: [
        ("Corpus/articles/wire.md", "Corpus/articles/wire.md"),
        ("/home/analyst/work/Corpus/articles/wire.md", "Corpus/articles/wire.md"),
        ("/home/analyst/work/./Corpus/../Corpus/articles/wire.md", "Corpus/articles/wire.md"),
        ("/home/analyst/drafts/wire.md", "drafts/wire.md"),
        ("/wire.md", "wire.md"),
    ])
    func anArticleIsNamedByItsFolder(path: String, name: String) {
        #expect(ArticleSource.portableName(of: path) == name)
    }
}
