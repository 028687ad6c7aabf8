import NewsText

/// The arguments of one command, split into positional ones, switches (`--strict`) and
/// options with a value (`--format json` or `--format=json`), with the usage errors every
/// command words alike. `--` ends the options: what follows is positional, even `--odd-name.md`.
///
///     let parsed = try CommandArguments(["-", "--format", "json", "--strict"],
///                                       switches: ["--strict"], options: ["--format", "--lexicon"])
///     parsed.positional            // ["-"]
///     parsed.values(of: "--format") // ["json"]
struct CommandArguments {
    private(set) var positional: [String] = []
    private(set) var switches: Set<String> = []
    private var values: [(option: String, value: String)] = []

    init(_ arguments: [String], switches allowedSwitches: Set<String> = [], options allowedOptions: Set<String>) throws(UsageError) {
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            if argument == "--" {
                positional += remaining
                break
            }
            if allowedSwitches.contains(argument) {
                switches.insert(argument)
                continue
            }
            // `-` alone is standard input, a positional argument.
            guard argument.hasPrefix("-") && argument != "-" else {
                positional.append(argument)
                continue
            }
            // `--format=json` is `--format json`.
            let (option, attached) = Self.split(argument)
            guard allowedOptions.contains(option) else {
                if attached != nil, allowedSwitches.contains(option) { throw UsageError("\(option) takes no value") }
                let known = (allowedOptions.union(allowedSwitches)).sorted()
                throw UsageError("unknown option '\(option)'" + Suggestion.clause(for: option, among: known))
            }
            guard let value = attached ?? remaining.popFirst() else { throw UsageError("\(option) needs a value") }
            values.append((option, value))
        }
    }

    /// `--name=value` as its name and value; any other argument as itself and no value.
    private static func split(_ argument: String) -> (option: String, value: String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }

    /// Every value given to an option, in order.
    func values(of option: String) -> [String] {
        values.filter { $0.option == option }.map(\.value)
    }

    /// The last `--format` given, or `fallback`.
    func format<Format: RawRepresentable & CaseIterable>(_ fallback: Format) throws(UsageError) -> Format where Format.RawValue == String {
        guard let value = values(of: "--format").last else { return fallback }
        guard let format = Format(rawValue: value) else {
            throw UsageError("unknown format '\(value)'; use one of: \(Format.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return format
    }

    /// The last `--published` given, a day in the years news is dated in; nil when not given.
    func published() throws(UsageError) -> CalendarDate? {
        guard let value = values(of: "--published").last else { return nil }
        guard let date = CalendarDate(iso: value), CalendarDate.newsYears.contains(date.year) else {
            throw UsageError(
                "--published '\(value)' is not a real date in the years \(CalendarDate.newsYears.lowerBound)–"
                    + "\(CalendarDate.newsYears.upperBound); write it as YYYY-MM-DD, e.g. 2022-09-13")
        }
        return date
    }

    /// The one ARTICLE argument of a command that reads a single article (`check`, `explain`).
    func singleArticle(for command: String) throws(UsageError) -> String {
        guard let path = positional.first else {
            throw UsageError("\(command) needs an ARTICLE: an article file, a plain-text draft, or - for standard input")
        }
        guard positional.count == 1 else {
            throw UsageError("\(command) reads one article at a time; got \(positional.map { "'\($0)'" }.joined(separator: ", "))")
        }
        return path
    }
}
