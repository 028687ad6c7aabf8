/// `counterclaim eval CORPUS [--format markdown|json] [--baseline FILE] [--lexicon FILE]...`
struct EvalOptions: Equatable {
    /// The formats of the scorecard.
    enum Format: String, CaseIterable {
        case markdown, json
    }

    var corpus = ""
    var format: Format = .markdown
    /// A committed JSON scorecard to compare the headline scores with.
    var baseline: String?
    var lexicons: [String] = []

    static func parse(_ arguments: [String]) throws(UsageError) -> EvalOptions {
        let parsed = try CommandArguments(arguments, options: ["--format", "--baseline", "--lexicon"])
        let corpora = parsed.positional
        guard let corpus = corpora.first else {
            throw UsageError("eval needs a CORPUS folder (one with articles/ and labels/)")
        }
        guard corpora.count == 1 else {
            throw UsageError("eval scores one CORPUS at a time; got \(corpora.map { "'\($0)'" }.joined(separator: ", "))")
        }
        let baselines = parsed.values(of: "--baseline")
        guard baselines.count <= 1 else { throw UsageError("--baseline may be given only once") }
        return EvalOptions(
            corpus: corpus, format: try parsed.format(Format.markdown), baseline: baselines.first, lexicons: parsed.values(of: "--lexicon"))
    }
}
