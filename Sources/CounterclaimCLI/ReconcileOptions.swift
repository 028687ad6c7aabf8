/// `counterclaim reconcile PATH... [--format jsonl|json|markdown] [--lexicon FILE]...`
struct ReconcileOptions: Equatable {
    var paths: [String] = []
    var format: OutputFormat = .jsonl
    var lexicons: [String] = []

    static func parse(_ arguments: [String]) throws(UsageError) -> ReconcileOptions {
        let parsed = try CommandArguments(arguments, options: ["--format", "--lexicon"])
        guard !parsed.positional.isEmpty else {
            throw UsageError("reconcile needs at least one PATH (a file, a folder, or - for stdin)")
        }
        return ReconcileOptions(
            paths: parsed.positional, format: try parsed.format(OutputFormat.jsonl), lexicons: parsed.values(of: "--lexicon"))
    }
}
