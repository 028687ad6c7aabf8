import NewsText

/// `counterclaim check ARTICLE|- [--format markdown|json|lint] [--strict] [--published DATE] [--lexicon FILE]...`
struct CheckOptions: Equatable {
    enum Format: String, CaseIterable {
        case markdown, json, lint
    }

    /// An article file, a plain draft, or `-` for standard input.
    var path = ""
    var format: Format = .markdown
    /// Exit 1 when any flag is raised, for a newsroom's pipeline.
    var strict = false
    /// The publication date relative dates resolve against; overrides the front matter.
    var published: CalendarDate?
    var lexicons: [String] = []

    static func parse(_ arguments: [String]) throws(UsageError) -> CheckOptions {
        let parsed = try CommandArguments(arguments, switches: ["--strict"], options: ["--format", "--published", "--lexicon"])
        var options = CheckOptions()
        options.format = try parsed.format(Format.markdown)
        options.strict = parsed.switches.contains("--strict")
        options.lexicons = parsed.values(of: "--lexicon")
        options.published = try parsed.published()
        options.path = try parsed.singleArticle(for: "check")
        return options
    }
}
