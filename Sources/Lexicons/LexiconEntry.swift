/// One kind of lexicon row: the columns after the phrase and how to read them.
package protocol LexiconEntry: Sendable, Equatable {
    /// The file's `# columns:` header, phrase first.
    static var columns: [String] { get }
    /// Older headers the lexicon still reads, so a user's file written before a column was
    /// added keeps working; `init(fields:)` then gets fewer fields.
    static var earlierColumns: [[String]] { get }
    /// Whether one phrase may carry several entries ("captured": soldiers or positions).
    static var allowsSeveralPerPhrase: Bool { get }
    /// Reads the fields after the phrase; throws a message that names the bad value.
    init(fields: ArraySlice<String>) throws(LexiconValueError)
}

extension LexiconEntry {
    package static var earlierColumns: [[String]] { [] }

    /// Whether a table with this header belongs to this lexicon.
    package static func reads(_ header: [String]) -> Bool {
        header == columns || earlierColumns.contains(header)
    }
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

/// Phrases of one lexicon kind, found in text by the lemmas of their words.
///
/// Built from every table with `Entry.columns`, in load order. Each phrase is reduced to
/// lemmas first, so two rows that differ only by inflection (`soldier`, `soldiers`) are the
/// same phrase, and a lexicon that maps a phrase to one entry says which row came first.
package struct PhraseLexicon<Entry: LexiconEntry>: Sendable {
    package private(set) var matcher = PhraseMatcher<[Entry]>()
    /// Every row in the order added, for readers that list a lexicon rather than match it
    /// (the rival names of one place).
    package private(set) var rows: [(phrase: String, entry: Entry)] = []
    private var lemmatizer = Lemmatizer.identity

    package init() {}

    /// The lexicon of the tables among `tables` whose columns are `Entry.columns` (or an earlier header of it).
    package init(_ tables: [LexiconTable], lemmatizer: Lemmatizer) throws(LexiconError) {
        self.lemmatizer = lemmatizer
        var origins: [[PhraseMatcher<[Entry]>.Element]: String] = [:]
        for table in tables where Entry.reads(table.columns) {
            for row in table.rows {
                let phrase = row[0]
                let entry: Entry
                do {
                    entry = try Entry(fields: row.fields.dropFirst())
                } catch {
                    throw table.error(row, error.message)
                }
                let elements = pattern(phrase)
                if elements.isEmpty {
                    throw table.error(row, "the phrase `\(phrase)` has no words")
                }
                if var existing = matcher.value(of: elements) {
                    guard Entry.allowsSeveralPerPhrase else {
                        throw table.error(
                            row,
                            "`\(phrase)` is the phrase of \(origins[elements] ?? "another row") once inflections are set aside; "
                                + "a phrase maps to one entry, so keep one row, in the base form")
                    }
                    if existing.contains(entry) {
                        throw table.error(row, "`\(phrase)` repeats \(origins[elements] ?? "another row"); keep one row, in the base form")
                    }
                    existing.append(entry)
                    matcher.replace(elements, with: existing)
                } else {
                    matcher.add(elements, [entry])
                    origins[elements] = "\(table.file):\(row.line)"
                }
                rows.append((phrase, entry))
            }
        }
    }

    /// The entries of a phrase as written (any inflection), if the lexicon holds it.
    package func entries(of phrase: String) -> [Entry]? {
        matcher.value(of: pattern(phrase))
    }

    /// A phrase as the matcher stores it: the lemma of each word, and gaps.
    private func pattern(_ phrase: String) -> [PhraseMatcher<[Entry]>.Element] {
        PhraseMatcher<[Entry]>.elements(of: phrase) { token, bytes in
            guard token.kind == .word else { return token.key }
            return lemmatizer.form(of: token.visibleBytes(in: bytes), key: token.key).lemma
        }
    }
}
