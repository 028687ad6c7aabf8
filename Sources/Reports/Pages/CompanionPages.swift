/// The pages a report carries that later stages make and the caller writes: the outlet bias
/// report and each article's attribution check (module `Review`). The site links to them; it
/// neither computes nor holds them.
package struct CompanionPages: Sendable, Equatable {
    /// Whether `bias.md`, the outlet bias report, is written.
    package var bias: Bool
    /// The articles that have a `checks/<article id>.md`, the attribution check, by id.
    package var checks: Set<String>

    package init(bias: Bool = false, checks: Set<String> = []) {
        self.bias = bias
        self.checks = checks
    }

    package static let none = CompanionPages()
}
