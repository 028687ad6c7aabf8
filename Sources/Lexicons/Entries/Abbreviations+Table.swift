import NewsText

extension Abbreviations {
    /// The header of an abbreviation table (`abbreviations.tsv`): one word a row.
    package static let columns = ["abbreviation"]

    /// The abbreviations of every table with this header, a final dot dropped (`Lt.` is `Lt`).
    init(tables: [LexiconTable]) {
        let words = tables.filter { $0.columns == Self.columns }.flatMap(\.rows).map { row in
            row[0].hasSuffix(".") ? String(row[0].dropLast()) : row[0]
        }
        self.init(words: words)
    }
}
