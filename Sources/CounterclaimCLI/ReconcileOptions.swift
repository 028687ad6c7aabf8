/// `counterclaim reconcile PATH... [--format jsonl|json|markdown] [--lexicon FILE]...`
struct ReconcileOptions: Equatable {
    var paths: [String] = []
    var format: OutputFormat = .jsonl
    var lexicons: [String] = []

    static func parse(_ arguments: [String]) throws(UsageError) -> ReconcileOptions {
        var options = ReconcileOptions()
        var scanner = OptionScanner(arguments)
        while let argument = scanner.next() {
            switch argument {
            case "--format":
                let value = try scanner.value(for: argument)
                guard let format = OutputFormat(rawValue: value) else {
                    throw UsageError(
                        "unknown format '\(value)'; use one of: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                options.format = format
            case "--lexicon":
                options.lexicons.append(try scanner.value(for: argument))
            default:
                options.paths.append(try scanner.path(argument))
            }
        }
        guard !options.paths.isEmpty else {
            throw UsageError("reconcile needs at least one PATH (a file, a folder, or - for stdin)")
        }
        return options
    }
}
