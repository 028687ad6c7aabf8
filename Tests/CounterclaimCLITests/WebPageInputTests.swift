import Foundation
import Testing
import TestSupport

/// Every command reads a saved web page: its main text is the body, its head the front matter.
struct WebPageInputTests {
    /// One draft, one line per paragraph.
    static let draft = """
        Shelling near Jermuk

        Armenia’s defence ministry said on Tuesday that Azerbaijani forces had shelled positions near Jermuk and Sotk overnight, killing at least 49 soldiers.

        Azerbaijan’s defence ministry said its units had only answered “a large-scale provocation” by Armenian forces near Kalbajar — and Lachin.

        """

    /// The same draft as a browser saves it: a script, a nav bar, a footer and entities.
    static let page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <title>Shelling near Jermuk | Mountain Desk</title>
        <script>window.dataLayer = []; document.write("<p>Azerbaijani forces shelled Goris, killing 12 soldiers.</p>");</script>
        </head><body>
        <nav class="menu"><ul><li><a href="/" title="home > world">Home</a></li><li>Armenia said Baku attacked</li></ul></nav>
        <!-- <p>Baku said Armenian forces shelled Lachin.</p> -->
        <article>
        <h1>Shelling near Jermuk</h1>
        <p>Armenia&rsquo;s defence ministry said on Tuesday that Azerbaijani forces had shelled positions
        near Jermuk and Sotk overnight, killing at least 49&nbsp;soldiers.</p>
        <p>Azerbaijan&#8217;s defence ministry said its units had only answered &#8220;a large-scale provocation&#8221;
           by Armenian forces near Kalbajar &mdash; and Lachin.
        </article>
        <footer><p>Armenia&apos;s government said Azerbaijani troops killed 3 civilians. &copy; 2022</p></footer>
        </body></html>

        """

    /// Each claim's party, kind, aggressor, victim, count and date.
    private func claims(_ arguments: [String], stdin: String = "") throws -> [String] {
        let result = RunResult.run(arguments, stdin: stdin)
        #expect(result.status == 0, "\(result.errors)")
        return try result.output.split(separator: "\n").map { line in
            let claim = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let count = claim["count"] as? [String: Any]
            return ["party", "kind", "aggressor", "victim", "date"].map { "\(claim[$0] ?? "-")" }.joined(separator: " ")
                + " \(count?["text"] ?? "-")"
        }
    }

    /// The acceptance test of issue 12: the draft and the saved page give the same claims.
    @Test func aSavedPageGivesTheClaimsOfItsDraft() throws {
        let folder = try CorpusLocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("Jermuk Shelling.html")
        try Self.page.write(to: file, atomically: false, encoding: .utf8)
        let expected = try claims(["extract", "-", "--published", "2022-09-13"], stdin: Self.draft)
        #expect(expected.count == 3)
        #expect(expected.contains("armenia-mod casualties <null> armenia 2022-09-12 at least 49"))
        #expect(try claims(["extract", file.path, "--published", "2022-09-13"]) == expected)
        #expect(try claims(["extract", "-", "--published", "2022-09-13"], stdin: Self.page) == expected)
        let named = RunResult.run(["extract", file.path])
        #expect(named.output.hasPrefix(#"{"document":"jermuk-shelling","id":"jermuk-shelling#1""#))
    }

    /// The page's head fills the front matter: its outlet and date; `--published` fills a
    /// missing date only, as for an article.
    @Test func metaTagsFillTheFrontMatter() throws {
        let folder = try CorpusLocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dated = Self.page.replacingOccurrences(
            of: "<title>",
            with: #"<meta property="og:site_name" content="Mountain Desk"><meta property="article:published_time" content="2022-09-14T06:00:00+04:00"><title>"#)
        let file = folder.appendingPathComponent("dated.html")
        try dated.write(to: file, atomically: false, encoding: .utf8)
        let result = RunResult.run(["extract", file.path, "--published", "2022-10-01"])
        #expect(result.status == 0)
        #expect(result.output.contains(#""date":"2022-09-13""#))  // "on Tuesday" before 2022-09-14
        let bias = RunResult.run(["bias", file.path, "--format", "json"])
        #expect(bias.output.contains(#""outlet":"Mountain Desk""#))
        let reconciled = RunResult.run(["reconcile", file.path])
        #expect(reconciled.status == 0, "\(reconciled.errors)")
        #expect(reconciled.output.contains(#""outlet":"Mountain Desk""#))
        let checked = RunResult.run(["check", file.path])
        #expect(checked.output.contains("Mountain Desk, published 2022-09-14"))
    }

    @Test func aPageWithNoDateHasNoneUnlessPublishedIsGiven() throws {
        let undated = try claims(["extract", "-"], stdin: Self.page)
        #expect(undated.count == 3)
        #expect(undated.allSatisfy { $0.split(separator: " ")[4] == "<null>" })
        #expect(RunResult.run(["check", "-"], stdin: Self.page).output.contains("no outlet (a draft)"))
        let dated = RunResult.run(["extract", "-", "--published", "2022-09-20"], stdin: Self.page)
        #expect(dated.output.contains(#""date":"2022-09-19""#))
    }

    @Test func checkReadsAPageOnStandardInput() throws {
        let result = RunResult.run(["check", "-", "--format", "json"], stdin: Self.page)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("Armenia’s defence ministry said on Tuesday"))
        #expect(!result.output.contains("Goris"))
        #expect(!result.output.contains("civilians"))
        #expect(!result.output.contains("&rsquo;"))
    }
}
