/// Walks a command's arguments: options that take a value, and paths.
struct OptionScanner {
    private let arguments: [String]
    private var index = 0

    init(_ arguments: [String]) { self.arguments = arguments }

    /// The next argument, or nil at the end.
    mutating func next() -> String? {
        guard index < arguments.count else { return nil }
        defer { index += 1 }
        return arguments[index]
    }

    /// The value after an option: `--format json` → `json`.
    mutating func value(for option: String) throws(UsageError) -> String {
        guard let value = next() else { throw UsageError("\(option) needs a value") }
        return value
    }

    /// An argument that is not an option must be a path (`-` is standard input).
    func path(_ argument: String) throws(UsageError) -> String {
        if argument.hasPrefix("-") && argument != "-" { throw UsageError("unknown option '\(argument)'") }
        return argument
    }
}
