import NewsText

/// What the user asked for, parsed from the arguments.
enum Command: Equatable {
    case help(topic: String?)
    case version
    case extract(ExtractOptions)
    case eval(EvalOptions)
    case reconcile(ReconcileOptions)
    case report(ReportOptions)
    case check(CheckOptions)
    case bias(BiasOptions)
    case explain(ExplainOptions)

    /// Parses `counterclaim <command> [options]`.
    static func parse(_ arguments: [String]) throws(UsageError) -> Command {
        guard let first = arguments.first else { return .help(topic: nil) }
        let rest = Array(arguments.dropFirst())
        switch first {
        case "--help", "-h", "help":
            let topic = rest.first
            if let topic, Usage.text(for: topic) == nil {
                throw UsageError("unknown command '\(topic)'" + Suggestion.clause(for: topic, among: Usage.commands))
            }
            return .help(topic: topic)
        case "--version", "version":
            return .version
        case "extract":
            if rest.contains("--help") || rest.contains("-h") { return .help(topic: "extract") }
            return .extract(try ExtractOptions.parse(rest))
        case "eval":
            if rest.contains("--help") || rest.contains("-h") { return .help(topic: "eval") }
            return .eval(try EvalOptions.parse(rest))
        case "reconcile":
            if rest.contains("--help") || rest.contains("-h") { return .help(topic: "reconcile") }
            return .reconcile(try ReconcileOptions.parse(rest))
        case "report":
            if rest.contains("--help") || rest.contains("-h") { return .help(topic: "report") }
            return .report(try ReportOptions.parse(rest))
        case "check":
            if rest.contains("--help") || rest.contains("-h") { return .help(topic: "check") }
            return .check(try CheckOptions.parse(rest))
        case "bias":
            if rest.contains("--help") || rest.contains("-h") { return .help(topic: "bias") }
            return .bias(try BiasOptions.parse(rest))
        case "explain":
            if rest.contains("--help") || rest.contains("-h") { return .help(topic: "explain") }
            return .explain(try ExplainOptions.parse(rest))
        default:
            throw UsageError("unknown command '\(first)'" + Suggestion.clause(for: first, among: Usage.commands + ["--help", "--version"]))
        }
    }
}

/// The output formats of `extract` and `reconcile`.
enum OutputFormat: String, CaseIterable {
    case jsonl, json, markdown
}

/// `counterclaim extract PATH... [--format jsonl|json|markdown] [--published YYYY-MM-DD] [--lexicon FILE]...`
struct ExtractOptions: Equatable {
    var paths: [String] = []
    var format: OutputFormat = .jsonl
    /// The publication date of the inputs that give none (drafts, front matter without
    /// `published`), for resolving their relative dates; articles keep their own.
    var published: CalendarDate?
    var lexicons: [String] = []

    static func parse(_ arguments: [String]) throws(UsageError) -> ExtractOptions {
        let parsed = try CommandArguments(arguments, options: ["--format", "--published", "--lexicon"])
        guard !parsed.positional.isEmpty else { throw UsageError("extract needs at least one PATH (a file, a folder, or - for stdin)") }
        return ExtractOptions(
            paths: parsed.positional, format: try parsed.format(OutputFormat.jsonl), published: try parsed.published(),
            lexicons: parsed.values(of: "--lexicon"))
    }
}

/// A mistake in the command line: exit status 2.
struct UsageError: Error, Equatable {
    let message: String
    init(_ message: String) { self.message = message }
}
