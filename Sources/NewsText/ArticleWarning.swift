/// Something in an article file that loads but is probably a mistake.
///
/// Printed on stderr as `path:line: warning: message`; the article is still read, and the
/// exit status does not change:
///
///     Corpus/articles/wire-2022-09-13-border.md:4: warning: unknown front-matter key `publised`
///     is ignored; did you mean `published`?
package struct ArticleWarning: Equatable, Sendable, CustomStringConvertible {
    /// Where the file has it and what it is, as an error would say it.
    package let problem: ArticleError

    package init(source: String, line: Int, message: String) {
        problem = ArticleError(source: source, line: line, message: message)
    }

    package var description: String { "\(problem.source):\(problem.line): warning: \(problem.message)" }
}
