import Lexicons
import NewsText

/// Finds the counts of a sentence — how many were killed, wounded, captured — as intervals,
/// by the "count" table of LABELING.md.
///
///     Armenia said nearly 50 of its soldiers had been killed.   → "nearly 50"  45…49
///     Baku said up to 550 Armenian troops had been killed.      → "up to 550"  …550
///     Dozens of Armenian servicemen were wounded.               → "Dozens"     24…99
///     Armenian forces had lost some positions.                  → "some"       nil
///
/// A count is a number in digits or words (`49`, `1,000`, `forty-nine`, `a dozen`,
/// `one hundred and five`) with an optional qualifier (`nearly`, `at least`, …), a plural
/// quantity (`dozens`, `hundreds`), or a vague quantity (`some`, `several`, `a few`), which
/// has no interval. These are never counts:
/// - years: a four-digit number 1900…2100 with no qualifier ("in 2020", "the 1997 treaty");
/// - parts of dates and times, as `DateResolver` finds them ("September 27", "0600 GMT",
///   "9 am", "18:30", "two days ago");
/// - digits with a leading zero ("0600"), ordinals ("15th"), decimals ("3.5"), and other
///   number tokens that are not plain cardinals ("2020-09-27", "24/7");
/// - a number right after an id or money prefix ("No. 5", "$5 million"), right before a unit
///   ("3.5 km", "48 hours", "40 percent"), or hyphenated onto a word ("a 44-day war");
/// - phrases such as "no one".
///
/// Scanning goes left to right; the longest phrase at each token wins and the scan resumes
/// after it.
package struct CountParser: Sendable {
    let lexicon: NumberLexicon
    let numbers: NumberReader
    let dates: DateResolver

    package init(numbers: NumberLexicon, calendar: CalendarLexicon) {
        self.lexicon = numbers
        self.numbers = NumberReader(lexicon: numbers)
        self.dates = DateResolver(calendar: calendar, numbers: numbers)
    }

    /// Reads `numbers.tsv` and `calendar.tsv` tables (the latter to tell dates from counts).
    package init(numbers: LexiconTable, calendar: LexiconTable) throws(LexiconError) {
        self.init(numbers: try NumberLexicon(numbers), calendar: try CalendarLexicon(calendar))
    }

    /// The parser with the lexicons shipped with Counterclaim.
    package static func bundled() throws -> CountParser {
        let lexicon = try Lexicon.bundled()
        return CountParser(numbers: lexicon.numbers, calendar: lexicon.calendar)
    }

    /// The counts in `tokens[range]`, left to right.
    package func counts(in tokens: [Token], range: Range<Int>, text: [UInt8]) -> [CountMention] {
        // Dates and times are found first; no count may overlap one.
        let dated = dates.dates(in: tokens, range: range, text: text, published: nil).map(\.tokens)
        return counts(in: tokens, range: range, text: text, besides: dated + dates.times(in: tokens, range: range, text: text).map(\.tokens))
    }

    /// The counts in `tokens[range]` outside `taken`, the tokens already read as dates and
    /// times (a date's tokens do not depend on the day it resolves against, so the
    /// extractor's own dates serve).
    package func counts(in tokens: [Token], range: Range<Int>, text: [UInt8], besides taken: [Range<Int>]) -> [CountMention] {
        let taken = taken.sorted { $0.lowerBound < $1.lowerBound }
        let prefixEnds = Set(lexicon.prefixes.matches(in: tokens, range: range).map(\.tokens.upperBound))
        let search = Search(tokens: tokens, range: range, text: text, prefixEnds: prefixEnds)

        var found: [CountMention] = []
        var index = range.lowerBound
        var nextTaken = 0
        while index < range.upperBound {
            while nextTaken < taken.count && taken[nextTaken].upperBound <= index { nextTaken += 1 }
            if nextTaken < taken.count && taken[nextTaken].contains(index) {
                index = taken[nextTaken].upperBound
                continue
            }
            guard numbers.mayStart(tokens[index], text) else {
                index += 1
                continue
            }
            let limit = nextTaken < taken.count ? taken[nextTaken].lowerBound : range.upperBound
            if let phrase = lexicon.notCounts.longestMatch(at: index, in: tokens, limit: limit) {
                index = phrase.tokens.upperBound
                continue
            }
            switch count(at: index, limit: limit, search) {
            case .found(let mention):
                found.append(mention)
                index = mention.tokens.upperBound
            case .skip(let end):
                index = end
            }
        }
        return found
    }

    // MARK: Rules

    private struct Search {
        let tokens: [Token]
        let range: Range<Int>
        let text: [UInt8]
        /// Token indices right after an id or money prefix (`No.`, `$`).
        let prefixEnds: Set<Int>
    }

    private enum Outcome {
        case found(CountMention)
        /// Nothing here; resume at this token (past a number that is not a count).
        case skip(Int)
    }

    private func count(at index: Int, limit: Int, _ s: Search) -> Outcome {
        if let range = range(at: index, limit: limit, s) { return .found(range) }
        if let qualifier = lexicon.qualifiers.longestMatch(at: index, in: s.tokens, limit: limit),
            let number = numbers.read(at: qualifier.tokens.upperBound, in: s.tokens, limit: limit, text: s.text)
        {
            // "up to 5 km" is a distance: skip the qualifier with its number.
            guard isCount(number, qualified: true, s) else { return .skip(number.tokens.upperBound) }
            return .found(
                mention(
                    index..<number.tokens.upperBound, qualifier.value.interval(number.value),
                    qualifier: qualifier.value, s))
        }
        if let number = numbers.read(at: index, in: s.tokens, limit: limit, text: s.text) {
            guard isCount(number, qualified: false, s) else { return .skip(number.tokens.upperBound) }
            return .found(mention(number.tokens, .exactly(number.value), qualifier: nil, s))
        }
        if let plural = lexicon.ranges.longestMatch(at: index, in: s.tokens, limit: limit) {
            return .found(mention(plural.tokens, plural.value, qualifier: nil, s))
        }
        if let vague = lexicon.vague.longestMatch(at: index, in: s.tokens, limit: limit) {
            // "several hundred", "a few dozen", "many thousands": still no number.
            var end = vague.tokens.upperBound
            if let plural = lexicon.ranges.longestMatch(at: end, in: s.tokens, limit: limit) {
                end = plural.tokens.upperBound
            } else if end < limit, s.tokens[end].kind == .word, case .scale? = lexicon.word(s.tokens[end].key) {
                end += 1
            }
            return .found(mention(index..<end, nil, qualifier: nil, s))
        }
        return .skip(index + 1)
    }

    /// Two numbers as the bounds of one count: "45–49", "45-49", "45 to 49", "between 45 and
    /// 49". Any dash joins them (en, em, figure, minus, full-width); the lower bound comes first,
    /// and a range of two years ("1994–2020") is no count.
    private func range(at index: Int, limit: Int, _ s: Search) -> CountMention? {
        // "rose from 45 to 49" is a change, and its count is where it ended.
        if index > s.range.lowerBound, s.tokens[index - 1].key == FunctionWords.from { return nil }
        let opener = lexicon.rangeOpeners.longestMatch(at: index, in: s.tokens, limit: limit)
        let first = opener?.tokens.upperBound ?? index
        guard first < limit else { return nil }
        // "45-49": the tokenizer keeps digits joined by a hyphen as one number token.
        if let (low, high) = Self.hyphenatedBounds(s.tokens[first], s.text) {
            let highest = NumberReader.Number(value: high, tokens: first..<(first + 1))
            guard low < high, !Self.areYears(low, high), isCount(highest, qualified: true, s) else { return nil }
            return mention(index..<(first + 1), CountInterval(min: low, max: high), qualifier: nil, s)
        }
        guard let low = numbers.read(at: first, in: s.tokens, limit: limit, text: s.text),
            low.tokens.upperBound < limit, !s.prefixEnds.contains(first)
        else { return nil }
        let joinerStart = low.tokens.upperBound
        let joinerEnd: Int
        if s.tokens[joinerStart].kind == .dash || s.tokens[joinerStart].isPunctuation("-") {
            joinerEnd = joinerStart + 1
        } else if let joiner = lexicon.rangeJoiners.longestMatch(at: joinerStart, in: s.tokens, limit: limit),
            !joiner.value || opener != nil
        {
            joinerEnd = joiner.tokens.upperBound
        } else {
            return nil
        }
        guard let high = numbers.read(at: joinerEnd, in: s.tokens, limit: limit, text: s.text),
            low.value < high.value, !Self.areYears(low.value, high.value), isCount(high, qualified: true, s)
        else { return nil }
        return mention(index..<high.tokens.upperBound, CountInterval(min: low.value, max: high.value), qualifier: nil, s)
    }

    /// The bounds of a number token of two digit groups joined by one hyphen: `45-49`.
    private static func hyphenatedBounds(_ token: Token, _ text: [UInt8]) -> (Int, Int)? {
        guard token.kind == .number else { return nil }
        let bytes = token.visibleBytes(in: text)
        guard let hyphen = bytes.firstIndex(of: UInt8(ascii: "-")) else { return nil }
        let parts = [bytes[bytes.startIndex..<hyphen], bytes[(hyphen + 1)..<bytes.endIndex]]
        // "09-27" is a month and a day, not a count.
        guard parts.allSatisfy({ $0.count == 1 || $0.first != UInt8(ascii: "0") }),
            let low = ASCII.integer(parts[0]), let high = ASCII.integer(parts[1])
        else { return nil }
        return (low, high)
    }

    private static func areYears(_ low: Int, _ high: Int) -> Bool {
        (1900...2100).contains(low) && (1900...2100).contains(high)
    }

    /// Whether a number stands as a count, not as a year, an id, a measure or a modifier.
    private func isCount(_ number: NumberReader.Number, qualified: Bool, _ s: Search) -> Bool {
        let first = s.tokens[number.tokens.lowerBound]
        let end = number.tokens.upperBound
        if s.prefixEnds.contains(number.tokens.lowerBound) { return false }
        if lexicon.units.longestMatch(at: end, in: s.tokens, limit: s.range.upperBound) != nil { return false }
        // "a 44-day war", "a 5-year-old": a number hyphenated onto the next word.
        if end + 1 < s.range.upperBound, s.tokens[end].isPunctuation("-"), !s.tokens[end].spaceBefore,
            !s.tokens[end + 1].spaceBefore
        {
            return false
        }
        if number.tokens.count == 1 && first.kind == .number {
            let digits = first.visibleBytes(in: s.text)
            if digits.count > 1 && digits.first == UInt8(ascii: "0") { return false }
            if !qualified, digits.count == 4, let year = ASCII.integer(digits), (1900...2100).contains(year) {
                return false
            }
        }
        return true
    }

    private func mention(
        _ tokens: Range<Int>, _ interval: CountInterval?, qualifier: QualifierRule?, _ s: Search
    ) -> CountMention {
        let bytes = s.tokens.bytes(spanning: tokens)
        return CountMention(
            tokens: tokens, bytes: bytes, interval: interval, qualifier: qualifier,
            text: String(decoding: s.text[bytes.start..<bytes.end], as: UTF8.self))
    }
}
