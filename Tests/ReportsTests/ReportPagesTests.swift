import Reconciliation
import Reports
import TestSupport
import Testing
import Writers

/// The report pages: the same corpus gives the same bytes, every page is linked, quoted
/// text is escaped, and the loss chart appears only when there are figures.
struct ReportPagesTests {
    typealias Fixture = ReconciliationFixture.Article

    static let clash = [
        Fixture(
            "wire-a", published: "2022-09-13",
            "Armenia said on Tuesday that Azerbaijani forces had attacked towns near Jermuk. Armenia said 49 of its soldiers had been killed near Jermuk."
        ),
        Fixture(
            "azvanguard-a", outlet: "Azeri Vanguard", published: "2022-09-13",
            "Azerbaijan said on Tuesday that Armenian units had fired first on its positions near Jermuk."),
        Fixture(
            "wire-b", published: "2022-09-16", "Armenia said on Thursday that 135 of its soldiers had been killed near Jermuk."),
    ]

    func pages(_ articles: [Fixture]) throws -> [String: String] {
        let pages = ReportSite.pages(try ReconciliationFixture.reconcile(articles))
        return Dictionary(uniqueKeysWithValues: pages.map { ($0.path, $0.text) })
    }

    /// Every page, written line by line as it is made (as `report` writes it), is the page
    /// made whole.
    @Test func aPageWrittenAsItIsMadeIsThePageItself() throws {
        let site = ReportSite(try ReconciliationFixture.reconcile(Self.clash))
        let incident = 1
        #expect(site.path(ofPage: incident) == "incidents/2022-09-13-jermuk.md")
        #expect((0..<site.pageCount).allSatisfy { site.path(ofPage: $0) == site.page($0).path })
        for number in 0..<site.pageCount {
            var lines = StreamedLines("")
            site.write(page: number, to: &lines)
            #expect(lines.output == site.page(number).text, "\(site.path(ofPage: number))")
        }
        var streamed = StreamedLines("")
        site.write(page: incident, to: &streamed)
        #expect(streamed.output.contains("## Timeline of claims"))
    }

    @Test func theSameCorpusGivesTheSameBytes() throws {
        let first = ReportSite.pages(try ReconciliationFixture.reconcile(Self.clash))
        let second = ReportSite.pages(try ReconciliationFixture.reconcile(Self.clash))
        #expect(first == second)
        #expect(
            first.map(\.path) == [
                "README.md", "articles/azvanguard-a.md", "articles/wire-a.md", "articles/wire-b.md",
                "incidents/2022-09-13-jermuk.md",
            ])
    }

    @Test func theIndexLinksEveryPage() throws {
        let pages = try pages(Self.clash)
        let index = try #require(pages["README.md"])
        for path in pages.keys where path != "README.md" {
            #expect(index.contains("](\(path))") || index.contains("](\(path)#"), "\(path) is not linked")
        }
        #expect(index.contains("| aggressor | 1 | 0 | 0 | 0 |"))
        #expect(index.contains("| losses | 0 | 1 | 0 | 0 |"))
        #expect(
            index.contains(
                "1. [Clashes around Jermuk, 13–15 September 2022](incidents/2022-09-13-jermuk.md#who-attacked-first--contradiction)"
            ))
    }

    @Test func anIncidentPageHasTheTableTheFindingsTheChartAndTheTimeline() throws {
        let page = try #require(try pages(Self.clash)["incidents/2022-09-13-jermuk.md"])
        #expect(page.hasPrefix("# Clashes around Jermuk, 13–15 September 2022\n"))
        #expect(page.contains("| question | Armenia's government | Azerbaijan's government |"))
        #expect(page.contains("| Who attacked first | blames Azerbaijan | blames Armenia |"))
        #expect(page.contains("| Armenian forces killed | 49 → 135 |  |"))
        #expect(page.contains("## Loss figures\n"))
        #expect(page.contains("### Who attacked first — contradiction"))
        #expect(page.contains("### Losses: Armenian forces killed — revision by Armenia's government"))
        #expect(
            page.contains(
                "    section Armenian forces killed\n    Armenia gov. 49 : 2022-09-13, 1d\n    Armenia gov. 135 : 2022-09-15, 1d\n```"
            ))
        #expect(
            page.contains(
                "| Armenia's government | azerbaijan → armenia | [Caucasus Wire #1](../articles/wire-a.md) | 2022-09-13 | 2022-09-13 | Armenia said on Tuesday that Azerbaijani forces had attacked towns near Jermuk. |"
            ))
    }

    @Test func noFiguresNoChart() throws {
        let page = try #require(
            try pages(
                Array(Self.clash.prefix(2)).map {
                    Fixture(
                        $0.id, outlet: $0.outlet, published: $0.published,
                        "Armenia said on Tuesday that Azerbaijani forces had attacked towns near Jermuk.")
                })["incidents/2022-09-13-jermuk.md"])
        #expect(!page.contains("```mermaid"))
    }

    @Test func hostileArticleTextIsEscapedOnEveryPage() throws {
        let hostile = Fixture(
            "hostile", outlet: "Evil <b>Outlet</b> | [x](javascript:alert(1))", published: "2022-09-13",
            "Armenia said on Tuesday that Azerbaijani forces had attacked <script>alert(1)</script> towns near Jermuk | `x`.")
        let pages = try pages([hostile])
        for (path, text) in pages {
            #expect(!text.contains("<script"), "\(path)")
            #expect(!text.contains("<b>"), "\(path)")
            #expect(!text.contains("](javascript"), "\(path)")
        }
        let article = try #require(pages["articles/hostile.md"])
        #expect(article.hasPrefix(#"# Evil &lt;b&gt;Outlet&lt;/b&gt; \| \[x\]\(javascript:alert\(1\)\): hostile"#))
        #expect(article.contains(#"attacked &lt;script&gt;alert\(1\)&lt;/script&gt; towns near Jermuk \| \`x\`. |"#))
    }

    @Test func theShippedReportIsComplete() throws {
        let corpus = try ShippedCorpus.reconciled()
        let pages = ReportSite.pages(corpus)
        #expect(pages.count == 1 + corpus.incidents.count + corpus.articles.count)
        let index = try #require(pages.first { $0.path == "README.md" })
        for incident in corpus.incidents { #expect(index.text.contains("(incidents/\(incident.id).md)")) }
    }
}
