/// `counterclaim report CORPUS... [--out DIR] [--lexicon FILE]...`
struct ReportOptions: Equatable {
    var paths: [String] = []
    /// `Reports` in the working folder unless given: the committed folder the README names.
    var out: String = "Reports"
    var lexicons: [String] = []

    static func parse(_ arguments: [String]) throws(UsageError) -> ReportOptions {
        var options = ReportOptions()
        var scanner = OptionScanner(arguments)
        while let argument = scanner.next() {
            switch argument {
            case "--out": options.out = try scanner.value(for: argument)
            case "--lexicon": options.lexicons.append(try scanner.value(for: argument))
            default: options.paths.append(try scanner.path(argument))
            }
        }
        guard !options.paths.isEmpty else {
            throw UsageError("report needs a CORPUS (a corpus folder, a folder of articles or article files)")
        }
        guard !options.out.isEmpty else { throw UsageError("report needs --out DIR, the folder to write the report into") }
        guard !options.paths.contains("-") else { throw UsageError("report reads a corpus from files, not from standard input") }
        return options
    }
}
