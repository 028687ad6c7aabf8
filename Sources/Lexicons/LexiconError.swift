/// A problem in a lexicon file, reported before any article is read.
package struct LexiconError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file as the user named it, or the resource name for a shipped lexicon.
    package let file: String
    package let line: Int
    package let message: String

    package init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    package var description: String { "\(file):\(line): \(message)" }
}
