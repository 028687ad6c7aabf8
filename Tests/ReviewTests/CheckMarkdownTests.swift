import Reports
import Review
import Testing

/// The check page for a Markdown renderer escapes every quoted text; the terminal's quotes it
/// as written and escapes only tables.
struct CheckMarkdownTests {
    /// A page a Markdown renderer shows still escapes the quote and the source; the terminal's
    /// shows them as written. Tables are escaped for both.
    @Test func onlyTheRenderersPageEscapesTextOutsideTables() throws {
        let reviewed = try ReviewFixture.reviewed("Azerbaijani forces shelled [Jermuk](x) overnight.\n")
        let check = AttributionCheck(reviewed)
        let page = CheckMarkdown.render(check, source: "-")
        let terminal = CheckMarkdown.render(check, source: "-", for: .terminal)
        #expect(page.contains("\n> Azerbaijani forces shelled \\[Jermuk\\]\\(x\\) overnight.\n"))
        #expect(page.contains("read from \\-\n"))
        #expect(terminal.contains("\n> Azerbaijani forces shelled [Jermuk](x) overnight.\n"))
        #expect(terminal.contains("read from -\n"))
        let tableRows = { (markdown: String) in markdown.split(separator: "\n").filter { $0.hasPrefix("|") } }
        #expect(tableRows(page) == tableRows(terminal))
    }
}
