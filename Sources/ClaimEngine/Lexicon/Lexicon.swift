import Foundation

/// Every word list the extractor reads, loaded and validated before any article.
///
/// The shipped lists live in `Lexicons/` as TSV files; a user's own file (`--lexicon FILE`)
/// extends whichever lexicon its `# columns:` header names.
package struct Lexicon: Sendable {
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
    /// Tables for lexicons read by other components (numbers, calendar words), by columns.
    package private(set) var otherTables: [[String]: [LexiconTable]] = [:]

    package init() {}

    /// The lexicon from a list of tables, in order.
    package init(tables: [LexiconTable]) throws(LexiconError) {
        for table in tables { try add(table) }
    }

    /// Adds a table to the lexicon its columns name.
    package mutating func add(_ table: LexiconTable) throws(LexiconError) {
        switch table.columns {
        case PartyAlias.columns: try parties.add(table)
        case Office.columns: try offices.add(table)
        case ReportingVerb.columns: try verbs.add(table)
        case Hedge.columns: try hedges.add(table)
        case Trigger.columns: try triggers.add(table)
        case NounClass.columns: try nouns.add(table)
        case PlaceName.columns: try places.add(table)
        case SideWord.columns: try sides.add(table)
        case LoadedTerm.columns: try loadedTerms.add(table)
        default:
            guard Self.otherColumns.contains(table.columns) else {
                let known = ([PartyAlias.columns, Office.columns, ReportingVerb.columns, Hedge.columns,
                    Trigger.columns, NounClass.columns, PlaceName.columns, SideWord.columns,
                    LoadedTerm.columns] + Self.otherColumns)
                    .map { $0.joined(separator: "<TAB>") }.joined(separator: " | ")
                throw LexiconError(
                    file: table.file, line: 1,
                    message: "no lexicon has the columns \(table.columns.joined(separator: ", ")); known headers: \(known)")
            }
            otherTables[table.columns, default: []].append(table)
        }
    }

    /// Column headers of the lexicons that other components interpret.
    package static let otherColumns: [[String]] = [NumberLexicon.columns, CalendarLexicon.columns]

    /// The lexicons shipped with Counterclaim, in file-name order.
    package static func bundled() throws(LexiconError) -> Lexicon {
        guard let folder = Bundle.module.url(forResource: "Lexicons", withExtension: nil) else {
            throw LexiconError(file: "Lexicons", line: 0, message: "the shipped lexicons are missing from the build; rebuild the package")
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
