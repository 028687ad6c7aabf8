import Foundation
import NewsText

/// Number words and count phrases, read and checked from `numbers.tsv`.
///
/// Every word is data; what each kind of word does is code:
///
///     # columns: phrase	number-kind	value
///     forty	number	40
///     hundred	scale	100
///     nearly	qualifier	just-below
///     dozens	range	24..99
///
/// The file's header comment lists the kinds. Loading checks every row, so an unknown kind
/// or rule name is reported with its file and line before any article is read.
package struct NumberLexicon: KindedLexicon, Sendable {
    /// What a phrase in `numbers.tsv` does; the raw value is the `number-kind` column.
    package enum Kind: String, CaseIterable, Sendable {
        case number, scale, article, joiner, qualifier, range, vague, prefix, unit
        case notCount = "not-count"
        case rangeOpener = "range-opener"
        case rangeJoiner = "range-joiner"
    }

    /// One word of a number: `forty`, `hundred`, the `a` of "a dozen", the `and` of "one hundred and five".
    package enum Word: Equatable {
        case number(Int)
        case scale(Int)
        case article
        case joiner
    }

    /// The header that marks a table as this lexicon's: `# columns: phrase	number-kind	value`.
    package static let columns = ["phrase", "number-kind", "value"]

    /// Cardinal words by key: `forty` → 40.
    private var numberWords = TokenKeyNumbers()
    /// Scale words by key: `hundred` → 100.
    private var scales = TokenKeyNumbers()
    /// Words that stand for one before a scale word: `a`.
    private var articles: TokenKeySet = []
    /// Words that join a scale word to a smaller number: `and`.
    private var joiners: TokenKeySet = []
    package private(set) var qualifiers = PhraseMatcher<QualifierRule>()
    package private(set) var ranges = PhraseMatcher<CountInterval>()
    package private(set) var vague = PhraseMatcher<Kind>()
    package private(set) var prefixes = PhraseMatcher<Kind>()
    package private(set) var units = PhraseMatcher<Kind>()
    package private(set) var notCounts = PhraseMatcher<Kind>()
    /// Words before the first number of a range: "between".
    package private(set) var rangeOpeners = PhraseMatcher<Kind>()
    /// Words between the numbers of a range, each with whether it needs an opener ("between
    /// 45 and 49", while "45 and 49" is two counts).
    package private(set) var rangeJoiners = PhraseMatcher<Bool>()
    /// The first token of every phrase: a word not in here (and with no hyphen) starts no count.
    package private(set) var starters: TokenKeySet = []

    package init() {}

    package mutating func add(_ checked: KindedRows<Kind>.Row) throws(LexiconError) {
        let (table, row, phrase, value, kind, keys) = (checked.table, checked.line, checked.phrase, checked.value, checked.kind, checked.keys)
        starters.insert(keys[0])

        switch kind {
        case .number, .scale, .article, .joiner:
            // The reader splits `forty-nine` at its hyphen, so a row holds one part.
            guard keys.count == 1, checked.tokens.first?.kind == .word,
                !phrase.utf8.contains(UInt8(ascii: "-"))
            else {
                throw table.error(
                    row,
                    "a \(kind.rawValue) is one word; write `forty-nine` as its parts `forty` and `nine`")
            }
            switch kind {
            case .number:
                guard let number = Int(value), number >= 0 else {
                    throw table.error(
                        row, "a number's value is a whole number, e.g. `forty\tnumber\t40`; found `\(value)`")
                }
                numberWords[keys[0]] = number
            case .scale:
                guard let scale = Int(value), scale >= 2 else {
                    throw table.error(
                        row,
                        "a scale's value is a whole number above 1, e.g. `hundred\tscale\t100`; found `\(value)`")
                }
                scales[keys[0]] = scale
            case .article:
                try Self.requireNoValue(row, table)
                articles.insert(keys[0])
            default:
                try Self.requireNoValue(row, table)
                joiners.insert(keys[0])
            }
        case .qualifier:
            guard let rule = QualifierRule(rawValue: value) else {
                throw table.error(
                    row,
                    "unknown qualifier rule `\(value)`; use one of \(QualifierRule.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            qualifiers.add(phrase, rule)
        case .range:
            guard let interval = Self.interval(value) else {
                throw table.error(
                    row, "a range's value is MIN..MAX with MIN ≤ MAX, e.g. `24..99`; found `\(value)`")
            }
            ranges.add(phrase, interval)
        case .rangeJoiner:
            guard value == "-" || value == "opened" else {
                throw table.error(
                    row, "a range joiner's value is `-` (joins any two numbers) or `opened` (only after a range opener); found `\(value)`")
            }
            rangeJoiners.add(phrase, value == "opened")
        case .vague, .prefix, .unit, .notCount, .rangeOpener:
            try Self.requireNoValue(row, table)
            switch kind {
            case .vague: vague.add(phrase, kind)
            case .prefix: prefixes.add(phrase, kind)
            case .unit: units.add(phrase, kind)
            case .rangeOpener: rangeOpeners.add(phrase, kind)
            default: notCounts.add(phrase, kind)
            }
        }
    }

    /// The value of one word of a number: a cardinal, a scale, an article or a joiner.
    package func word(_ key: TokenKey) -> Word? {
        if let value = numberWords[key] { return .number(value) }
        if let value = scales[key] { return .scale(value) }
        if articles.contains(key) { return .article }
        if joiners.contains(key) { return .joiner }
        return nil
    }

    private static func requireNoValue(_ row: LexiconTable.Row, _ table: LexiconTable) throws(LexiconError) {
        guard row[2] == "-" else {
            throw table.error(row, "a \(row[1]) takes no value; write `-` in the value column, found `\(row[2])`")
        }
    }

    /// `24..99` → 24…99.
    private static func interval(_ text: String) -> CountInterval? {
        let parts = text.components(separatedBy: "..")
        guard parts.count == 2, let low = Int(parts[0]), let high = Int(parts[1]), 0 <= low, low <= high
        else { return nil }
        return CountInterval(min: low, max: high)
    }
}
