/// A problem with one article file, located at a line of that file.
///
/// Its description is what the command line prints on stderr, `path:line: message`:
///
///     Corpus/articles/wire-2022-09-13-border.md:4: published `2022-02-30` is not a real date …
///
/// The message says what is wrong and what to do about it.
package struct ArticleError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file as the user named it, or `-` for stdin.
    package let source: String
    /// The 1-based line of `source` that holds the problem.
    package let line: Int
    package let message: String

    package init(source: String, line: Int, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }

    package var description: String { "\(source):\(line): \(message)" }
}
