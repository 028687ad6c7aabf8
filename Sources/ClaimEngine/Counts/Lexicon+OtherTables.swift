extension Lexicon {
    /// The tables collected under a component's columns; an error naming the shipped file when
    /// there are none, so a missing `numbers.tsv` is not mistaken for a text without numbers.
    func tables(_ columns: [String], file: String) throws(LexiconError) -> [LexiconTable] {
        guard let tables = otherTables[columns], !tables.isEmpty else {
            throw LexiconError(
                file: file, line: 0,
                message: "no table with the columns \(columns.joined(separator: ", ")); is \(file) in Lexicons/?")
        }
        return tables
    }
}
