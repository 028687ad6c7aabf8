/// Pages a report carries that later stages write: the outlet bias report and each article's
/// attribution check (module `Review`). The site links to them; it does not compute them.
package struct CompanionPages: Sendable, Equatable {
    /// `bias.md`, the outlet bias report.
    package var bias: String?
    /// `checks/<article id>.md`, each article's attribution check, by article id.
    package var checks: [String: String]

    package init(bias: String? = nil, checks: [String: String] = [:]) {
        self.bias = bias
        self.checks = checks
    }

    package static let none = CompanionPages()

    /// The pages, at their paths.
    var pages: [ReportPage] {
        var pages = bias.map { [ReportPage(path: ReportLinks.bias, text: $0)] } ?? []
        pages += checks.keys.sorted().compactMap { id in checks[id].map { ReportPage(path: ReportLinks.checkPath(id), text: $0) } }
        return pages
    }
}
