/// What the user asked for, parsed from the arguments.
enum Command: Equatable {
    case help(topic: String?)
    case extract(ExtractOptions)
    case eval(EvalOptions)
    case reconcile(ReconcileOptions)
    case report(ReportOptions)
    case check(CheckOptions)
    case bias(BiasOptions)

    /// Parses `counterclaim <command> [options]`.
    static func parse(_ arguments: [String]) throws(UsageError) -> Command {
        guard let first = arguments.first else { return .help(topic: nil) }
        let rest = Array(arguments.dropFirst())
        switch first {
        case "--help", "-h", "help":
            let topic = rest.first
            if let topic, Usage.text(for: topic) == nil { throw UsageError("unknown command '\(topic)'") }
            return .help(topic: topic)
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
        default:
            throw UsageError("unknown command '\(first)'")
        }
    }
}

/// The output formats of `extract`.
enum OutputFormat: String, CaseIterable {
    case jsonl, json, markdown
}

struct ExtractOptions: Equatable {
    var paths: [String] = []
    var format: OutputFormat = .jsonl
    var lexicons: [String] = []

    static func parse(_ arguments: [String]) throws(UsageError) -> ExtractOptions {
        var options = ExtractOptions()
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "--format", "--lexicon":
                guard index + 1 < arguments.count else { throw UsageError("\(argument) needs a value") }
                let value = arguments[index + 1]
                if argument == "--format" {
                    guard let format = OutputFormat(rawValue: value) else {
                        throw UsageError("unknown format '\(value)'; use one of: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    options.format = format
                } else {
                    options.lexicons.append(value)
                }
                index += 2
            default:
                if argument.hasPrefix("-") && argument != "-" { throw UsageError("unknown option '\(argument)'") }
                options.paths.append(argument)
                index += 1
            }
        }
        guard !options.paths.isEmpty else { throw UsageError("extract needs at least one PATH (a file, a folder, or - for stdin)") }
        return options
    }
}

/// A mistake in the command line: exit status 2.
struct UsageError: Error, Equatable {
    let message: String
    init(_ message: String) { self.message = message }
}
