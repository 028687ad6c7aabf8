import Foundation
import Testing
import TestSupport

/// Every command reads a plain draft (no front matter) as `check` does: one reader, one
/// naming rule (a draft is called after its file, or `draft` on standard input).
struct DraftInputTests {
    static let draft =
        "Armenia's foreign ministry said on Monday that Azerbaijani troops had shelled villages near Sotk.\n\n"
        + "Azerbaijan's defence ministry said Armenian units fired first and that three of its servicemen were wounded.\n"
    static let article =
        "---\nid: desk-2022-09-13-sotk\noutlet: Mountain Desk\npublished: 2022-09-13\n---\n"
        + "Azerbaijan's foreign ministry said on Tuesday that Armenian forces had attacked its positions near Sotk.\n\n"
        + "Armenia's defence ministry said on Tuesday that Azerbaijani forces had attacked Sotk and that two soldiers were killed.\n"

    /// A folder holding one article with front matter and one plain draft.
    static func mixedFolder() throws -> URL {
        let folder = try CorpusLocation.temporaryFolder()
        try article.write(to: folder.appendingPathComponent("desk.md"), atomically: false, encoding: .utf8)
        try draft.write(to: folder.appendingPathComponent("Sotk Draft (v2).md"), atomically: false, encoding: .utf8)
        return folder
    }

    /// The README's `cat draft.md | counterclaim extract - --format json`.
    @Test func theReadmeExamplePipesADraftIntoExtract() throws {
        let result = RunResult.run(["extract", "-", "--format", "json"], stdin: Self.draft)
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        let claims = try JSONDecoder().decode([ExtractCommandTests.ContractClaim].self, from: Data(result.output.utf8))
        #expect(claims.map(\.document) == ["draft", "draft", "draft"])
        #expect(claims.map(\.party) == ["armenia-gov", "azerbaijan-mod", "azerbaijan-mod"])
        #expect(claims.map(\.kind) == ["attack", "attack", "casualties"])
        // No publication date: "on Monday" stays unresolved.
        #expect(claims.allSatisfy { $0.date == nil })
    }

    /// A draft pasted from an email, wrapped at 64 columns (CRLF line ends too), gives the
    /// claims of the same draft written one line per paragraph, speakers included.
    @Test func aHardWrappedDraftGivesTheSameClaims() throws {
        let oneLine = """
            Armenia's defence ministry said on Tuesday that Azerbaijani forces had shelled positions near Jermuk and Sotk overnight, killing at least 49 soldiers.

            Azerbaijan's defence ministry said its units had only answered a large-scale provocation by Armenian forces near Kalbajar and Lachin.

            """
        let wrapped = """
            Armenia's defence ministry said on Tuesday that Azerbaijani
            forces had shelled positions near Jermuk and Sotk overnight,
            killing at least 49 soldiers.

            Azerbaijan's defence ministry said its units had only answered a
            large-scale provocation by Armenian forces near Kalbajar and
            Lachin.

            """
        func claims(_ text: String) throws -> [String] {
            let result = RunResult.run(["extract", "-", "--published", "2022-09-13"], stdin: text)
            #expect(result.status == 0, "\(result.errors)")
            return try result.output.split(separator: "\n").map { line in
                let claim = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                return ["party", "kind", "aggressor", "victim", "date", "start", "end"].map { "\(claim[$0] ?? "-")" }.joined(separator: " ")
            }
        }
        let expected = try claims(oneLine)
        #expect(expected.count == 3)
        #expect(try claims(wrapped) == expected)
        #expect(try claims(wrapped.replacingOccurrences(of: "\n", with: "\r\n")).map { $0.split(separator: " ").dropLast(2).joined(separator: " ") }
            == expected.map { $0.split(separator: " ").dropLast(2).joined(separator: " ") })
    }

    @Test func publishedDatesADraftForExtract() throws {
        let result = RunResult.run(["extract", "-", "--published", "2022-09-13"], stdin: Self.draft)
        #expect(result.status == 0)
        let first = try JSONDecoder().decode(ExtractCommandTests.ContractClaim.self, from: Data(result.output.prefix { $0 != "\n" }.utf8))
        #expect(first.date == "2022-09-12")
    }

    /// `--published` fills in a missing date only: an article keeps its own.
    @Test func publishedLeavesAnArticlesOwnDate() throws {
        let folder = try Self.mixedFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = RunResult.run(["extract", folder.path, "--published", "2022-10-01"])
        #expect(result.status == 0)
        #expect(result.output.contains(#""document":"desk-2022-09-13-sotk","id":"desk-2022-09-13-sotk#1""#))
        #expect(!result.output.contains(#""date":"2022-09-27""#))
        #expect(result.output.contains(#""date":"2022-09-13""#))
        #expect(result.output.contains(#""date":"2022-09-26""#))
    }

    @Test func reconcileReadsAnArticleAndADraftFromOneFolder() throws {
        let folder = try Self.mixedFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = RunResult.run(["reconcile", folder.path, "--published", "2022-09-13"])
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        #expect(result.output.hasPrefix(#"{"incident":"2022-09-12-sotk""#))
        #expect(result.output.contains(#""documents":["desk-2022-09-13-sotk","sotk-draft-v2"]"#))
        #expect(result.output.contains(#""id":"2022-09-12-sotk/aggressor-contradiction""#))
        #expect(result.output.contains(#""outlet":"(draft)""#))
    }

    @Test func biasListsTheDraftsUnderTheirOwnOutlet() throws {
        let folder = try Self.mixedFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = RunResult.run(["bias", folder.path, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        #expect(result.output.contains(#""outlet":"(draft)""#))
        #expect(result.output.contains(#""outlet":"Mountain Desk""#))
        #expect(result.output.contains(#""sotk-draft-v2""#))
    }

    /// `check` and `extract` read the same draft through one reader: same id, same claims.
    @Test func checkAndExtractFindTheSameClaimsInADraft() throws {
        let folder = try Self.mixedFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("Sotk Draft (v2).md").path
        let checked = RunResult.run(["check", path, "--format", "json"])
        let extracted = RunResult.run(["extract", path, "--format", "json"])
        #expect(checked.status == 0 && extracted.status == 0)
        let report = try JSONDecoder().decode(CheckCommandTests.Report.self, from: Data(checked.output.utf8))
        let claims = try JSONDecoder().decode([ExtractCommandTests.ContractClaim].self, from: Data(extracted.output.utf8))
        #expect(report.document == "sotk-draft-v2")
        #expect(report.outlet == "(draft)")
        #expect(Set(claims.map(\.document)) == ["sotk-draft-v2"])
        let fromCheck = Set(report.sentences.flatMap { sentence in sentence.attributions.flatMap { a in a.kinds.map { "\(sentence.start)-\(sentence.end) \(a.party) \($0)" } } })
        let fromExtract = Set(claims.map { "\($0.start)-\($0.end) \($0.party) \($0.kind)" })
        #expect(!fromExtract.isEmpty)
        #expect(fromCheck == fromExtract)
    }

    @Test func twoDraftsWithOneIDAreAnErrorAndTheFirstIsKept() throws {
        let folder = try CorpusLocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.draft.write(to: folder.appendingPathComponent("Sotk.md"), atomically: false, encoding: .utf8)
        try Self.draft.write(to: folder.appendingPathComponent("sotk.md"), atomically: false, encoding: .utf8)
        let result = RunResult.run(["extract", folder.path])
        #expect(result.status == 1)
        #expect(
            result.errors
                == folder.appendingPathComponent("sotk.md").path + ":0: this draft's id `sotk`, made from its file name, is already used by "
                + folder.appendingPathComponent("Sotk.md").path + "; rename one of the files, or give the draft front matter with its own `id:`\n")
        #expect(result.output.split(separator: "\n").count == 3)
    }

    /// Outside a labelled corpus the front matter names the article; in one, the file name must
    /// agree, because `eval` finds the gold labels by file name.
    @Test func anIDThatDiffersFromTheFileNameLoadsForExtractButNotForEval() throws {
        let corpus = try CorpusLocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let articles = corpus.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let renamed = articles.appendingPathComponent("sotk-notes.md")
        try Self.article.write(to: renamed, atomically: false, encoding: .utf8)

        let loose = RunResult.run(["extract", renamed.path])
        #expect(loose.status == 0)
        #expect(loose.errors.isEmpty)
        #expect(loose.output.contains(#""document":"desk-2022-09-13-sotk""#))

        try FileManager.default.createDirectory(at: corpus.appendingPathComponent("labels"), withIntermediateDirectories: true)
        let mismatch =
            renamed.path + ":2: id `desk-2022-09-13-sotk` does not match the file name `sotk-notes.md`;"
            + " the file name and id must agree: rename the file or change the id\n"
        let evaluated = RunResult.run(["eval", corpus.path])
        #expect(evaluated.status == 1)
        #expect(evaluated.errors == mismatch)
        // Once the folder is a labelled corpus, every command holds it to the rule.
        let labelled = RunResult.run(["extract", corpus.path])
        #expect(labelled.status == 1)
        #expect(labelled.errors == mismatch)
    }

    @Test func aPlainDraftInALabelledCorpusStillNeedsFrontMatter() throws {
        let corpus = try CorpusLocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: corpus) }
        for folder in ["articles", "labels"] {
            try FileManager.default.createDirectory(at: corpus.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let file = corpus.appendingPathComponent("articles/sotk.md")
        try Self.draft.write(to: file, atomically: false, encoding: .utf8)
        let result = RunResult.run(["eval", corpus.path])
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix(file.path + ":1: missing front matter; "))
    }

    @Test func reportStillRefusesToWriteWhenAnArticleIsBroken() throws {
        let folder = try Self.mixedFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "---\nid: broken\n---\nNo outlet.\n".write(to: folder.appendingPathComponent("broken.md"), atomically: false, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let result = RunResult.run(["report", folder.path, "--out", out.path])
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix(folder.appendingPathComponent("broken.md").path + ":1: front matter has no `outlet`"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func reportWritesAPageForADraft() throws {
        let folder = try Self.mixedFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let result = RunResult.run(["report", folder.path, "--out", out.path, "--published", "2022-09-13"])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("articles/sotk-draft-v2.md").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("checks/sotk-draft-v2.md").path))
    }

    @Test(arguments: ["extract", "reconcile", "bias", "report"])
    func everyCorpusCommandTakesPublished(command: String) {
        #expect(RunResult.run(["help", command]).output.contains("--published DATE"))
        let result = RunResult.run([command, "Corpus", "--published", "2022-13-01"])
        #expect(result.status == 2)
        #expect(result.errors.hasPrefix("counterclaim: --published '2022-13-01' is not a real date"))
    }
}
