import NewsText

/// `counterclaim explain ARTICLE|- [--sentence N] [--published DATE] [--lexicon FILE]...`
struct ExplainOptions: Equatable {
    /// An article file, a plain draft, or `-` for standard input.
    var path = ""
    /// Only this sentence (1-based), when given.
    var sentence: Int?
    /// The publication date relative dates resolve against; overrides the front matter.
    var published: CalendarDate?
    var lexicons: [String] = []

    static func parse(_ arguments: [String]) throws(UsageError) -> ExplainOptions {
        let parsed = try CommandArguments(arguments, options: ["--sentence", "--published", "--lexicon"])
        var options = ExplainOptions()
        options.lexicons = parsed.values(of: "--lexicon")
        options.published = try parsed.published()
        if let number = parsed.values(of: "--sentence").last {
            guard let sentence = Int(number), sentence >= 1 else {
                throw UsageError("--sentence takes a sentence number counted from 1, not '\(number)'")
            }
            options.sentence = sentence
        }
        options.path = try parsed.singleArticle(for: "explain")
        return options
    }
}
