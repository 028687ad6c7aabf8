/// One Markdown file of a report: its path inside the report folder and its text.
package struct ReportPage: Sendable, Equatable {
    /// Relative, `/`-separated, never `..`: `README.md`, `incidents/2022-09-13-jermuk.md`.
    package let path: String
    package let text: String

    package init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
