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
    private var firstUse: [String: (source: String, line: Int?)] = [:]

    package init() {}

    /// One article file as read: where it came from, its bytes and how it is named.
    package struct Input: Sendable {
        /// The path as the user named it, or `-` for stdin.
        package let source: String
        package let bytes: [UInt8]
        /// What a draft is called, and whether the front-matter id must equal the file name.
        package let naming: ArticleNaming

        package init(source: String, bytes: [UInt8], naming: ArticleNaming) {
            self.source = source
            self.bytes = bytes
            self.naming = naming
        }

        /// A labelled corpus's file when `expectedID` is given (its id must be the file name),
        /// else standard input.
        package init(source: String, bytes: [UInt8], expectedID: String?) {
            self.init(source: source, bytes: bytes, naming: expectedID.map { .corpusFile(id: $0) } ?? .standardInput)
        }

        /// The id the front matter must have; nil when any id is accepted.
        package var expectedID: String? { naming.requiredID }
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
            let (article, idLine) = try ArticleParser.parseArticleOrDraftLocated(input.bytes, source: input.source, naming: input.naming)
            if let first = firstUse[article.id] {
                return .failure(duplicate(article, idLine: idLine, first: first))
            }
            firstUse[article.id] = (input.source, idLine)
            return .success(article)
        } catch {
            return .failure(error)
        }
    }

    /// The error for a second article with an id already used. A draft's id comes from its
    /// file name, so it is reported on the file (line 0) and the fix is to rename a file.
    private func duplicate(_ article: Article, idLine: Int?, first: (source: String, line: Int?)) -> ArticleError {
        let firstPlace = first.line.map { "\(first.source):\($0)" } ?? first.source
        guard let idLine else {
            return ArticleError(
                source: article.source, line: 0,
                message: "this draft's id `\(article.id)`, made from its file name, is already used by \(firstPlace);"
                    + " rename one of the files, or give the draft front matter with its own `id:`")
        }
        return ArticleError(
            source: article.source, line: idLine,
            message: "id `\(article.id)` is already used by \(firstPlace); give each article its own id")
    }
}
