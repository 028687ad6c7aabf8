import NewsText

/// The rows of the `phrase  kind  value` tables — number words (`numbers.tsv`) and calendar
/// words (`calendar.tsv`) — checked in one place for both: the header, a known kind, a phrase
/// with words, and each phrase once per kind across the shipped table and the user's own.
package struct KindedRows<Kind: RawRepresentable & CaseIterable & Hashable> where Kind.RawValue == String {
    /// One checked row, with its phrase tokenized as text is.
    package struct Row {
        package let phrase: String
        package let tokens: [Token]
        package let keys: [TokenKey]
        package let kind: Kind
        package let value: String
        /// Where the row is, for errors about its value (`table.error(line, …)`).
        package let table: LexiconTable
        package let line: LexiconTable.Row
    }

    /// Hands each row of `tables` to `body`, in order, after checking it.
    static func read(
        _ tables: [LexiconTable], columns: [String], _ body: (Row) throws(LexiconError) -> Void
    ) throws(LexiconError) {
        var firstPlace: [Kind: [[TokenKey]: String]] = [:]
        for table in tables {
            guard table.columns == columns else {
                throw LexiconError(
                    file: table.file, line: 1,
                    message: "expected the columns \(columns.joined(separator: ", ")), found \(table.columns.joined(separator: ", "))")
            }
            for row in table.rows {
                let phrase = row[0]
                guard let kind = Kind(rawValue: row[1]) else {
                    throw table.error(
                        row, "unknown kind `\(row[1])`; use one of \(Kind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                let tokens = Tokenizer.tokenize(Array(phrase.utf8))
                let keys = tokens.map(\.key)
                guard !keys.isEmpty else { throw table.error(row, "the phrase `\(phrase)` has no words") }
                if let first = firstPlace[kind]?[keys] {
                    throw table.error(row, "`\(phrase)` is already a \(kind.rawValue) (\(first)); keep one row")
                }
                firstPlace[kind, default: [:]][keys] = "\(table.file):\(row.line)"
                try body(Row(phrase: phrase, tokens: tokens, keys: keys, kind: kind, value: row[2], table: table, line: row))
            }
        }
    }
}

/// A lexicon read from `phrase  kind  value` tables (`KindedRows`): number words, calendar words.
package protocol KindedLexicon {
    associatedtype Kind: RawRepresentable & CaseIterable & Hashable where Kind.RawValue == String
    /// The header that marks a table as this lexicon's.
    static var columns: [String] { get }
    /// The empty lexicon, before any table.
    init()
    /// Takes in one checked row.
    mutating func add(_ row: KindedRows<Kind>.Row) throws(LexiconError)
}

extension KindedLexicon {
    /// Reads one table with this lexicon's columns.
    package init(_ table: LexiconTable) throws(LexiconError) {
        try self.init(tables: [table])
    }

    /// Reads the shipped table and any of the user's own, in order; a phrase may appear once
    /// per kind across all of them.
    package init(tables: [LexiconTable]) throws(LexiconError) {
        self.init()
        var rows: [KindedRows<Kind>.Row] = []
        try KindedRows<Kind>.read(tables, columns: Self.columns) { rows.append($0) }
        for row in rows { try add(row) }
    }
}
