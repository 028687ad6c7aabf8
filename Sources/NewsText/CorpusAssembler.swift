/// Parses the article files of a corpus and checks them against each other, losing nothing:
/// a broken article is reported and skipped, and every other article is still returned.
///
/// The command-line layer reads the files, sorts them (e.g. by path) and passes them in:
///
///     let outcome = CorpusAssembler.assemble([
///         .init(source: "Corpus/articles/wire-2022-09-13-border.md", bytes: wire,
///               expectedID: "wire-2022-09-13-border"),
///         .init(source: "extra/wire-2022-09-13-border.md", bytes: copy,
///               expectedID: "wire-2022-09-13-border"),
///     ])
///     // outcome.articles: the first article only
///     // outcome.problems: "extra/wire-2022-09-13-border.md:2: id `wire-2022-09-13-border`
///     //   is already used by Corpus/articles/wire-2022-09-13-border.md:2; …"
///
/// Articles and problems come out in input order, so the result is as deterministic as the
/// order of the inputs.
package struct CorpusAssembler {
    /// Where each id was first used, for telling the later users of an id.
    private var firstUse: [String: (source: String, line: Int)] = [:]

    package init() {}

    /// One article file as read: where it came from and its bytes.
    package struct Input: Sendable {
        /// The path as the user named it, or `-` for stdin.
        package let source: String
        package let bytes: [UInt8]
        /// The file name without `.md`; nil for stdin.
        package let expectedID: String?

        package init(source: String, bytes: [UInt8], expectedID: String?) {
            self.source = source
            self.bytes = bytes
            self.expectedID = expectedID
        }
    }

    /// The articles that loaded, and a problem for each input that did not.
    package struct Outcome: Sendable {
        /// The well-formed articles with unique ids, in input order.
        package let articles: [Article]
        /// One error per rejected input, in input order.
        package let problems: [ArticleError]

        /// The warnings of the articles that loaded, in input order.
        package var warnings: [ArticleWarning] { articles.flatMap(\.warnings) }
    }

    /// Parses every input; the second and later articles with an id already seen are
    /// rejected, with a message naming the file that used the id first.
    package static func assemble(_ inputs: some Sequence<Input>) -> Outcome {
        var assembler = CorpusAssembler()
        var articles: [Article] = []
        var problems: [ArticleError] = []
        for input in inputs {
            switch assembler.add(input) {
            case .success(let article): articles.append(article)
            case .failure(let problem): problems.append(problem)
            }
        }
        return Outcome(articles: articles, problems: problems)
    }

    /// Parses one more input, for a caller that reads and handles articles one at a time.
    package mutating func add(_ input: Input) -> Result<Article, ArticleError> {
        do {
            let (article, idLine) = try ArticleParser.parseLocated(input.bytes, source: input.source, expectedID: input.expectedID)
            if let first = firstUse[article.id] {
                return .failure(
                    ArticleError(
                        source: input.source, line: idLine,
                        message: "id `\(article.id)` is already used by \(first.source):\(first.line); give each article its own id"))
            }
            firstUse[article.id] = (input.source, idLine)
            return .success(article)
        } catch {
            return .failure(error)
        }
    }
}
