import Foundation
import TestSupport
import Testing

@testable import CounterclaimCLI

/// `report --out DIR`: the pages do not depend on where or how the corpus was named.
struct ReportOutputFolderTests {
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
