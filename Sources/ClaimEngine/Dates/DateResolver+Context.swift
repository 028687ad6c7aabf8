import Lexicons
import NewsText

extension DateResolver {
    /// The tokens of one search and the questions the date and time rules ask about them:
    /// is the token at `i` a capitalised month name, a day of the month, a year?
    ///
    /// Every question answers nil or false at or past `limit`, so rules can look ahead freely.
    struct Context {
        let tokens: [Token]
        let limit: Int
        let text: [UInt8]
        let calendar: CalendarLexicon

        func phrase<Value>(_ matcher: PhraseMatcher<Value>, at index: Int) -> Mention<Value>? {
            guard index < limit else { return nil }
            return matcher.longestMatch(at: index, in: tokens, limit: limit)
        }

        /// A capitalised month name or abbreviation: `September`, `Sept`; never `may`.
        func month(at index: Int) -> Int? {
            guard index < limit, tokens[index].kind == .word, tokens[index].isCapitalized else { return nil }
            return calendar.months[tokens[index].key]
        }

        /// A capitalised weekday name: `Tuesday`.
        func weekday(at index: Int) -> Int? {
            guard index < limit, tokens[index].kind == .word, tokens[index].isCapitalized else { return nil }
            return calendar.weekdays[tokens[index].key]
        }

        /// A day of the month, 1…31, in digits with an optional ordinal suffix: `27`, `27th`.
        func day(at index: Int) -> Int? {
            guard let bytes = numberBytes(at: index) else { return nil }
            var digits = bytes.startIndex
            while digits < bytes.endIndex, ASCII.isDigit(bytes[digits]) { digits += 1 }
            let count = digits - bytes.startIndex
            guard (1...2).contains(count), let day = ASCII.integer(bytes[bytes.startIndex..<digits]),
                (1...31).contains(day), Self.isOrdinalSuffix(bytes[digits...])
            else { return nil }
            return day
        }

        /// A year written in four digits, 1900…2100: `2020`.
        func year(at index: Int) -> Int? {
            guard let bytes = numberBytes(at: index), bytes.count == 4, let year = ASCII.integer(bytes),
                CalendarDate.newsYears.contains(year)
            else { return nil }
            return year
        }

        /// An ISO date in one number token: `2020-09-27`.
        func isoDate(at index: Int) -> CalendarDate? {
            guard let bytes = numberBytes(at: index), bytes.count == 10,
                let date = CalendarDate(iso: String(decoding: bytes, as: UTF8.self)), CalendarDate.newsYears.contains(date.year)
            else { return nil }
            return date
        }

        /// A full stop written onto the word before it: the `.` of `Sept.`.
        func isDot(at index: Int) -> Bool {
            isPunctuation(".", at: index) && !tokens[index].spaceBefore
        }

        func isPunctuation(_ mark: Unicode.Scalar, at index: Int) -> Bool {
            index < limit && tokens[index].isPunctuation(mark)
        }

        func isPossessive(at index: Int) -> Bool {
            index < limit && tokens[index].kind == .possessive
        }

        /// The bytes of a number token.
        func numberBytes(at index: Int) -> ArraySlice<UInt8>? {
            guard index < limit, tokens[index].kind == .number else { return nil }
            return tokens[index].visibleBytes(in: text)
        }

        /// Nothing, or the English ordinal endings `st`, `nd`, `rd`, `th` in any case.
        private static func isOrdinalSuffix(_ bytes: ArraySlice<UInt8>) -> Bool {
            guard !bytes.isEmpty else { return true }
            guard bytes.count == 2 else { return false }
            let pair = (ASCII.lowercased(bytes[bytes.startIndex]), ASCII.lowercased(bytes[bytes.startIndex + 1]))
            switch pair {
            case (UInt8(ascii: "s"), UInt8(ascii: "t")), (UInt8(ascii: "n"), UInt8(ascii: "d")),
                (UInt8(ascii: "r"), UInt8(ascii: "d")), (UInt8(ascii: "t"), UInt8(ascii: "h")):
                return true
            default:
                return false
            }
        }
    }
}
