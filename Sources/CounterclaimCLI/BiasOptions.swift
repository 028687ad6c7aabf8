import NewsText

/// `counterclaim bias CORPUS [--format markdown|json] [--published YYYY-MM-DD] [--lexicon FILE]...`
struct BiasOptions: Equatable {
    enum Format: String, CaseIterable {
        case markdown, json
    }

    /// A corpus folder, a folder of articles, or article files.
    var paths: [String] = []
    var format: Format = .markdown
    /// The publication date of the inputs that give none (drafts, front matter without
    /// `published`), for resolving their relative dates; articles keep their own.
    var published: CalendarDate?
    var lexicons: [String] = []

    static func parse(_ arguments: [String]) throws(UsageError) -> BiasOptions {
        let parsed = try CommandArguments(arguments, options: ["--format", "--published", "--lexicon"])
        guard !parsed.positional.isEmpty else {
            throw UsageError("bias needs a CORPUS: a corpus folder, a folder of articles, or article files")
        }
        return BiasOptions(
            paths: parsed.positional, format: try parsed.format(Format.markdown), published: try parsed.published(),
            lexicons: parsed.values(of: "--lexicon"))
    }
}
