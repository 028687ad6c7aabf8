import Foundation

/// The rows of one tab-separated lexicon file, each with the line it came from.
///
/// Format, shared by every lexicon:
///
///     # Party aliases: who a name, office or capital speaks for.
///     # columns: phrase	party	role
///     Nikol Pashinyan	armenia-gov	person
///
/// Lines starting with `#` are comments, except `# columns:`, which must come before the
/// first row. The columns say which lexicon a file belongs to, so a user's own file extends
/// the right one and a file with a wrong header is rejected with its line number.
package struct LexiconTable: Sendable {
    package struct Row: Sendable {
        package let line: Int
        package let fields: [String]

        package subscript(_ index: Int) -> String { fields[index] }
    }

    package let file: String
    package let columns: [String]
    package let rows: [Row]

    package init(file: String, text: String) throws(LexiconError) {
        self.file = file
        var columns: [String] = []
        var rows: [Row] = []
        var sawColumns = false
        var lineNumber = 0
        // "\r\n" is one Character in Swift, so a file saved with CRLF line ends must be split
        // on both, or it would read as a single line.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            if line.hasPrefix("#") {
                let comment = line.dropFirst().drop(while: { $0 == " " })
                guard comment.hasPrefix("columns:") else { continue }
                columns = comment.dropFirst("columns:".count).split(separator: "\t").map { $0.trimmingSpaces() }
                guard !sawColumns, columns.count >= 1 else {
                    throw LexiconError(file: file, line: lineNumber, message: "one '# columns:' header per file, naming tab-separated columns")
                }
                sawColumns = true
                continue
            }
            guard sawColumns else {
                throw LexiconError(
                    file: file, line: lineNumber,
                    message: "a row before the '# columns:' header; name the columns first, e.g. '# columns: phrase<TAB>party<TAB>role'")
            }
            let expected = columns
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
            guard fields.count == expected.count else {
                throw LexiconError(
                    file: file, line: lineNumber,
                    message: "expected \(expected.count) tab-separated fields (\(expected.joined(separator: ", "))), found \(fields.count)")
            }
            if let empty = fields.firstIndex(of: "") {
                throw LexiconError(file: file, line: lineNumber, message: "the \(expected[empty]) field is empty")
            }
            rows.append(Row(line: lineNumber, fields: fields))
        }
        guard sawColumns else {
            throw LexiconError(file: file, line: 1, message: "no '# columns:' header; a lexicon file names its columns first")
        }
        self.columns = columns
        self.rows = rows
    }

    /// An error about one row, for the lexicon that interprets the table.
    package func error(_ row: Row, _ message: String) -> LexiconError {
        LexiconError(file: file, line: row.line, message: message)
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> String {
        trimmingCharacters(in: .whitespaces)
    }
}
