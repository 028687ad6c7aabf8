/// The arguments of one command, split into positional ones, switches (`--strict`) and
/// options with a value (`--format json`), with the usage errors every command words alike.
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
            if allowedSwitches.contains(argument) {
                switches.insert(argument)
                continue
            }
            // `-` alone is standard input, a positional argument.
            guard argument.hasPrefix("-") && argument != "-" else {
                positional.append(argument)
                continue
            }
            guard allowedOptions.contains(argument) else { throw UsageError("unknown option '\(argument)'") }
            guard let value = remaining.popFirst() else { throw UsageError("\(argument) needs a value") }
            values.append((argument, value))
        }
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
}
