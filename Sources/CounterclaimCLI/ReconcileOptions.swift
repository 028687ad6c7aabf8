import NewsText

/// `counterclaim reconcile PATH... [--format jsonl|json|markdown] [--published YYYY-MM-DD] [--lexicon FILE]...`
struct ReconcileOptions: Equatable {
    var paths: [String] = []
    var format: OutputFormat = .jsonl
    /// The publication date of the inputs that give none (drafts, front matter without
    /// `published`), for resolving their relative dates; articles keep their own.
    var published: CalendarDate?
    var lexicons: [String] = []

    static func parse(_ arguments: [String]) throws(UsageError) -> ReconcileOptions {
        let parsed = try CommandArguments(arguments, options: ["--format", "--published", "--lexicon"])
        guard !parsed.positional.isEmpty else {
            throw UsageError("reconcile needs at least one PATH (a file, a folder, or - for stdin)")
        }
        return ReconcileOptions(
            paths: parsed.positional, format: try parsed.format(OutputFormat.jsonl), published: try parsed.published(),
            lexicons: parsed.values(of: "--lexicon"))
    }
}
