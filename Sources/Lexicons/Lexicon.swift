import Foundation
import NewsText

/// Every word list the extractor reads, loaded and validated before any article: the one
/// place tables become lexicons.
///
/// The shipped lists live in `Tables/` as TSV files; a user's own file (`--lexicon FILE`)
/// extends whichever lexicon its `# columns:` header names — phrases, number words, calendar
/// words and abbreviations alike. Every table is read once and the lexicons are built from
/// all of them together, because the lemmatizer's vocabulary is every word any phrase table
/// lists.
package struct Lexicon: Sendable {
    /// Every table, in load order: the shipped files, then the user's.
    package private(set) var tables: [LexiconTable] = []
    /// Reduces inflected words to the forms the tables list.
    package private(set) var lemmatizer = Lemmatizer.identity
    package private(set) var parties = PhraseLexicon<PartyAlias>()
    package private(set) var offices = PhraseLexicon<Office>()
    package private(set) var verbs = PhraseLexicon<ReportingVerb>()
    package private(set) var hedges = PhraseLexicon<Hedge>()
    package private(set) var triggers = PhraseLexicon<Trigger>()
    package private(set) var nouns = PhraseLexicon<NounClass>()
    package private(set) var places = PhraseLexicon<PlaceName>()
    package private(set) var sides = PhraseLexicon<SideWord>()
    /// Words that carry one side's framing; read by reviews, not by extraction.
    package private(set) var loadedTerms = PhraseLexicon<LoadedTerm>()
    /// The belligerents' state-owned media, by outlet name; read by the bias review.
    package private(set) var stateMedia = PhraseLexicon<StateMedium>()
    /// Number words and qualifiers ("nearly", "dozens").
    package private(set) var numbers = NumberLexicon()
    /// Month, weekday, clock and time-zone words.
    package private(set) var calendar = CalendarLexicon()
    /// Words whose full stop does not end a sentence ("Gen.", "No. 5").
    package private(set) var abbreviations = Abbreviations(words: [])

    package init() {}

    /// The lexicon from a list of tables, in order.
    package init(tables: [LexiconTable]) throws(LexiconError) {
        for table in tables { try Self.checkColumns(table) }
        self.tables = tables
        lemmatizer = try Self.lemmatizer(tables)
        parties = try PhraseLexicon(tables, lemmatizer: lemmatizer)
        offices = try PhraseLexicon(tables, lemmatizer: lemmatizer)
        verbs = try PhraseLexicon(tables, lemmatizer: lemmatizer)
        hedges = try PhraseLexicon(tables, lemmatizer: lemmatizer)
        triggers = try PhraseLexicon(tables, lemmatizer: lemmatizer)
        nouns = try PhraseLexicon(tables, lemmatizer: lemmatizer)
        places = try PhraseLexicon(tables, lemmatizer: lemmatizer)
        sides = try PhraseLexicon(tables, lemmatizer: lemmatizer)
        loadedTerms = try PhraseLexicon(tables, lemmatizer: lemmatizer)
        stateMedia = try PhraseLexicon(tables, lemmatizer: lemmatizer)
        numbers = try NumberLexicon(tables: tables.filter { $0.columns == NumberLexicon.columns })
        calendar = try CalendarLexicon(tables: tables.filter { $0.columns == CalendarLexicon.columns })
        abbreviations = Abbreviations(tables: tables)
    }

    /// Adds a table to the lexicon its columns name (and rebuilds them all, since a new word
    /// can change what an inflected form reduces to).
    package mutating func add(_ table: LexiconTable) throws(LexiconError) {
        self = try Lexicon(tables: tables + [table])
    }

    /// An error naming the shipped file when no table has these columns, so a missing
    /// `numbers.tsv` is not mistaken for a text without numbers.
    package func requireTable(_ columns: [String], file: String) throws(LexiconError) {
        guard !tables.contains(where: { $0.columns == columns }) else { return }
        throw LexiconError(
            file: file, line: 0,
            message: "no table with the columns \(columns.joined(separator: ", ")); is \(file) in Sources/Lexicons/Tables/?")
    }

    /// The header of every table this lexicon reads.
    package static let knownColumns: [[String]] = [
        PartyAlias.columns, Office.columns, ReportingVerb.columns, Hedge.columns, Trigger.columns, NounClass.columns,
        PlaceName.columns, SideWord.columns, LoadedTerm.columns, StateMedium.columns, IrregularForm.columns, NumberLexicon.columns,
        CalendarLexicon.columns, Abbreviations.columns,
    ] + LoadedTerm.earlierColumns

    private static func checkColumns(_ table: LexiconTable) throws(LexiconError) {
        guard !knownColumns.contains(table.columns) else { return }
        let known = knownColumns.map { $0.joined(separator: "<TAB>") }.joined(separator: " | ")
        throw LexiconError(
            file: table.file, line: 1,
            message: "no lexicon has the columns \(table.columns.joined(separator: ", ")); known headers: \(known)")
    }

    /// The lemmatizer whose vocabulary is every word of every phrase table, with the
    /// irregular forms of `inflections.tsv`.
    private static func lemmatizer(_ tables: [LexiconTable]) throws(LexiconError) -> Lemmatizer {
        // State media are looked up by outlet name, never in text: their words stay out of
        // the vocabulary, so listing a broadcaster cannot change how an article's words reduce.
        let phraseColumns = knownColumns.filter {
            $0 != IrregularForm.columns && $0 != NumberLexicon.columns && $0 != CalendarLexicon.columns
                && $0 != Abbreviations.columns && $0 != StateMedium.columns
        }
        var vocabulary: TokenKeySet = []
        var irregular: [TokenKey: WordForm] = [:]
        for table in tables {
            if table.columns == IrregularForm.columns {
                for row in table.rows {
                    let entry: IrregularForm
                    do {
                        entry = try IrregularForm(fields: row.fields.dropFirst())
                    } catch {
                        throw table.error(row, error.message)
                    }
                    let form = PhraseMatcher<Int>.keys(of: row[0])
                    guard form.count == 1 else { throw table.error(row, "a form is one word; found `\(row[0])`") }
                    if irregular[form[0]] != nil { throw table.error(row, "`\(row[0])` is listed twice; keep one row") }
                    let lemma = TokenKey(entry.lemma)
                    irregular[form[0]] = WordForm(lemma: lemma, inflection: entry.inflection)
                    vocabulary.insert(lemma)
                }
            } else if phraseColumns.contains(table.columns) {
                for row in table.rows {
                    for token in Tokenizer.tokenize(Array(row[0].utf8)) where token.kind == .word {
                        vocabulary.insert(token.key)
                    }
                }
            }
        }
        return Lemmatizer(vocabulary: vocabulary, irregular: irregular)
    }

    /// The lexicons shipped with Counterclaim, in file-name order.
    package static func bundled() throws(LexiconError) -> Lexicon {
        guard let folder = Bundle.module.url(forResource: "Tables", withExtension: nil) else {
            throw LexiconError(file: "Tables", line: 0, message: "the shipped lexicons are missing from the build; rebuild the package")
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tsv") }.sorted()
        } catch {
            throw LexiconError(file: folder.path, line: 0, message: "cannot list the shipped lexicons: \(error.localizedDescription)")
        }
        var tables: [LexiconTable] = []
        for name in names {
            let text: String
            do {
                text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            } catch {
                throw LexiconError(file: name, line: 0, message: "cannot read the shipped lexicon: \(error.localizedDescription)")
            }
            tables.append(try LexiconTable(file: name, text: text))
        }
        return try Lexicon(tables: tables)
    }
}
