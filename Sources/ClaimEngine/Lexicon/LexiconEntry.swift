/// One kind of lexicon row: the columns after the phrase and how to read them.
package protocol LexiconEntry: Sendable {
    /// The file's `# columns:` header, phrase first.
    static var columns: [String] { get }
    /// Whether one phrase may carry several entries ("captured": soldiers or positions).
    static var allowsSeveralPerPhrase: Bool { get }
    /// Reads the fields after the phrase; throws a message that names the bad value.
    init(fields: ArraySlice<String>) throws(LexiconValueError)
}

/// A bad value in a lexicon row, before the loader adds the file and line.
package struct LexiconValueError: Error {
    package let message: String

    package init(_ message: String) { self.message = message }

    /// "unknown party `armenia-army`; one of: armenia-mod, …"
    package static func unknown<T: RawRepresentable & CaseIterable>(_ what: String, _ value: String, _: T.Type)
        -> LexiconValueError where T.RawValue == String
    {
        LexiconValueError("unknown \(what) `\(value)`; one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))")
    }

    package static func read<T: RawRepresentable & CaseIterable>(_ what: String, _ value: String, as type: T.Type)
        throws(LexiconValueError) -> T where T.RawValue == String
    {
        guard let parsed = T(rawValue: value) else { throw unknown(what, value, type) }
        return parsed
    }
}

/// Phrases of one lexicon kind, found in text by token keys.
package struct PhraseLexicon<Entry: LexiconEntry>: Sendable {
    package private(set) var matcher = PhraseMatcher<[Entry]>()
    /// Where each phrase was defined, for messages about conflicting rows.
    private var origins: [String: String] = [:]
    /// Every row in the order added, for readers that list a lexicon rather than match it
    /// (the rival names of one place).
    package private(set) var rows: [(phrase: String, entry: Entry)] = []

    package init() {}

    /// Adds the rows of a table whose columns are `Entry.columns`.
    package mutating func add(_ table: LexiconTable) throws(LexiconError) {
        for row in table.rows {
            let phrase = row[0]
            let entry: Entry
            do {
                entry = try Entry(fields: row.fields.dropFirst())
            } catch {
                throw table.error(row, error.message)
            }
            let canonical = PhraseMatcher<Entry>.keys(of: phrase).map { String($0.rawValue, radix: 16) }.joined(separator: " ")
            if canonical.isEmpty {
                throw table.error(row, "the phrase `\(phrase)` has no words")
            }
            let here = "\(table.file):\(row.line)"
            if var existing = matcher.value(of: phrase) {
                guard Entry.allowsSeveralPerPhrase else {
                    throw table.error(row, "`\(phrase)` is already defined at \(origins[canonical] ?? "another row"); a phrase maps to one entry")
                }
                existing.append(entry)
                matcher.replace(phrase, with: existing)
            } else {
                matcher.add(phrase, [entry])
                origins[canonical] = here
            }
            rows.append((phrase, entry))
        }
    }
}
