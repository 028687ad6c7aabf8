/// `counterclaim bias CORPUS [--format markdown|json] [--lexicon FILE]...`
struct BiasOptions: Equatable {
    enum Format: String, CaseIterable {
        case markdown, json
    }

    /// A corpus folder, a folder of articles, or article files.
    var paths: [String] = []
    var format: Format = .markdown
    var lexicons: [String] = []

    static func parse(_ arguments: [String]) throws(UsageError) -> BiasOptions {
        let parsed = try CommandArguments(arguments, options: ["--format", "--lexicon"])
        guard !parsed.positional.isEmpty else {
            throw UsageError("bias needs a CORPUS: a corpus folder, a folder of articles, or article files")
        }
        return BiasOptions(paths: parsed.positional, format: try parsed.format(Format.markdown), lexicons: parsed.values(of: "--lexicon"))
    }
}
