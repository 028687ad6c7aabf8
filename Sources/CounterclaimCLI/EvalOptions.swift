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
        var options = EvalOptions()
        var corpora: [String] = []
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            guard argument.hasPrefix("-") else {
                corpora.append(argument)
                continue
            }
            guard ["--format", "--baseline", "--lexicon"].contains(argument) else {
                throw UsageError("unknown option '\(argument)'")
            }
            guard let value = remaining.popFirst() else { throw UsageError("\(argument) needs a value") }
            switch argument {
            case "--format":
                guard let format = Format(rawValue: value) else {
                    throw UsageError("unknown format '\(value)'; use one of: \(Format.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                options.format = format
            case "--baseline":
                guard options.baseline == nil else { throw UsageError("--baseline may be given only once") }
                options.baseline = value
            default:
                options.lexicons.append(value)
            }
        }
        guard let corpus = corpora.first else {
            throw UsageError("eval needs a CORPUS folder (one with articles/ and labels/)")
        }
        guard corpora.count == 1 else {
            throw UsageError("eval scores one CORPUS at a time; got \(corpora.map { "'\($0)'" }.joined(separator: ", "))")
        }
        options.corpus = corpus
        return options
    }
}
