import Foundation
import NewsText

/// What every output must satisfy whatever the article holds; a breach traps, so the fuzzer
/// reports it like a crash, with the input that caused it. `fatalError`, not `precondition`:
/// an optimised build drops a precondition's message.
///
/// These are the promises the README makes about hostile text: JSON that parses, Markdown
/// tables that keep their columns (quoted text can never end a cell), one-line messages,
/// spans inside the body.
enum OutputInvariants {
    /// A message printed as `path:line: message` must stay on one line, or it reads as two.
    static func checkMessage(_ message: String) {
        require(!message.utf8.contains(UInt8(ascii: "\n")), "a message spans lines: \(message.debugDescription)")
    }

    /// `check --format lint`: one `PATH:LINE:COL: RULE: message` line per flag, each
    /// with a line and column inside the file, as editors and CI parse them.
    static func checkLint(_ text: String, flags: Int, what: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        require(text.isEmpty || text.hasSuffix("\n"), "\(what): no line break at the end")
        require(lines.count == flags, "\(what): \(lines.count) lines for \(flags) flags: \(text.prefix(2000).debugDescription)")
        for line in lines {
            let fields = line.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
            let located = fields.count == 4 && !fields[0].isEmpty && [fields[1], fields[2]].allSatisfy { Int($0).map { $0 >= 1 } ?? false }
            let rule = located ? fields[3].dropFirst().prefix { $0 != ":" } : ""
            require(
                located && fields[3].hasPrefix(" ") && !rule.isEmpty && rule.allSatisfy { $0 == "-" || ("a"..."z").contains($0) },
                "\(what): not a lint line: \(line.debugDescription)")
        }
    }

    /// A span must lie inside the article's body.
    static func checkRange(_ range: ByteRange, in article: Article, what: String) {
        require(range.end <= article.body.count, "\(what): span \(range) past the body's \(article.body.count) bytes")
    }

    /// One JSON value, for `--format json`.
    /// Two ways to the same output agree: an article read in sections and read whole.
    static func checkSame(_ text: String, as expected: String, what: String) {
        require(text == expected, "\(what): differs from the whole reading")
    }

    static func checkJSON(_ text: String, what: String) {
        require(parses(Substring(text)), "\(what): not JSON: \(text.prefix(2000).debugDescription)")
    }

    /// One JSON value on each line, for `--format jsonl`.
    static func checkJSONLines(_ text: String, what: String) {
        for line in text.split(separator: "\n") {
            require(parses(line), "\(what): a line that is not JSON: \(line.prefix(2000).debugDescription)")
        }
    }

    /// A rendered Markdown page: its tables keep their columns, and it holds no
    /// bidirectional control, which could show a reader text in another order than stored.
    static func checkMarkdown(_ markdown: String, what: String) {
        checkTables(markdown, what: what)
        let controls: [ClosedRange<UInt32>] = [0x200E...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C...0x061C]
        let control = markdown.unicodeScalars.first { scalar in controls.contains { $0.contains(scalar.value) } }
        require(control == nil, "\(what): a bidirectional control U+\(String(control?.value ?? 0, radix: 16, uppercase: true)) in a page")
    }

    /// Every row of every table has as many cells as the table's delimiter row.
    private static func checkTables(_ markdown: String, what: String) {
        var columns: Int? = nil
        var previous: Substring = ""
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            defer { previous = line }
            guard line.hasPrefix("|") else {
                columns = nil
                continue
            }
            if columns == nil, isDelimiterRow(line) {
                columns = cellSeparators(in: line)
                require(
                    cellSeparators(in: previous) == columns, "\(what): a header row unlike its delimiter row: \(previous.debugDescription)")
                continue
            }
            guard let columns else { continue }
            require(
                cellSeparators(in: line) == columns,
                "\(what): a row with \(cellSeparators(in: line)) cell separators, not \(columns): \(line.debugDescription)")
        }
    }

    private static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError(message()) }
    }

    private static func parses(_ text: Substring) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) != nil
    }

    /// `|---|:--:|`: only pipes, dashes, colons and spaces.
    private static func isDelimiterRow(_ line: Substring) -> Bool {
        line.contains("-") && line.allSatisfy { $0 == "|" || $0 == "-" || $0 == ":" || $0 == " " }
    }

    /// The pipes that separate cells: those not escaped by an odd run of backslashes.
    private static func cellSeparators(in line: Substring) -> Int {
        var count = 0
        var backslashes = 0
        for byte in line.utf8 {
            if byte == UInt8(ascii: "|"), backslashes % 2 == 0 { count += 1 }
            backslashes = byte == UInt8(ascii: "\\") ? backslashes + 1 : 0
        }
        return count
    }
}
