import NewsText

/// `counterclaim report CORPUS... [--out DIR] [--published YYYY-MM-DD] [--lexicon FILE]...`
struct ReportOptions: Equatable {
    var paths: [String] = []
    /// `Reports` in the working folder unless given: the committed folder the README names.
    var out: String = "Reports"
    /// The publication date of the inputs that give none (drafts, front matter without
    /// `published`), for resolving their relative dates; articles keep their own.
    var published: CalendarDate?
    var lexicons: [String] = []

    static func parse(_ arguments: [String]) throws(UsageError) -> ReportOptions {
        let parsed = try CommandArguments(arguments, options: ["--out", "--published", "--lexicon"])
        guard !parsed.positional.isEmpty else {
            throw UsageError("report needs a CORPUS (a corpus folder, a folder of articles or article files)")
        }
        let out = parsed.values(of: "--out").last ?? "Reports"
        guard !out.isEmpty else { throw UsageError("report needs --out DIR, the folder to write the report into") }
        guard !parsed.positional.contains("-") else { throw UsageError("report reads a corpus from files, not from standard input") }
        return ReportOptions(paths: parsed.positional, out: out, published: try parsed.published(), lexicons: parsed.values(of: "--lexicon"))
    }
}
