import Lexicons
import NewsText

/// Reads the cardinal number that starts at a token, in digits, in words, or both.
///
/// `49`, `1,000`, `forty-nine`, `one hundred and five`, `a dozen`, `two hundred thousand`,
/// `5 million`, `1.5 million` are numbers; `3.5` (a decimal with no scale word after it),
/// `15th`, `18:30`, `2020-09-27`, `hundred` (a scale word with nothing before it) and `a`
/// alone are not. The reading stops at the last token that completes a number, so
/// "one hundred and fifty soldiers" reads 150 over four tokens and "a few" reads nothing.
///
/// Whether a number is a *count* (not a year, a time or an id) is the caller's decision.
struct NumberReader: Sendable {
    struct Number: Equatable {
        let value: Int
        let tokens: Range<Int>
    }

    let lexicon: NumberLexicon

    /// Whether a number, or a phrase of the number lexicon, may start at this token: digits, a
    /// listed word, or a hyphenated word (`forty-nine`). A cheap test before the real reading.
    func mayStart(_ token: Token, _ text: [UInt8]) -> Bool {
        switch token.kind {
        case .number: return true
        case .word:
            return lexicon.starters.contains(token.key)
                || text[token.range.start..<token.range.end].contains(UInt8(ascii: "-"))
        default: return lexicon.starters.contains(token.key)
        }
    }

    /// The longest number starting at `start` and ending before `limit`.
    func read(at start: Int, in tokens: [Token], limit: Int, text: [UInt8]) -> Number? {
        var number = Accumulator()
        var longest: Number?
        var index = start
        while index < limit {
            var next = number
            guard next.accept(tokens[index], text, lexicon) else { break }
            number = next
            index += 1
            if let value = number.value { longest = Number(value: value, tokens: start..<index) }
        }
        return longest
    }

    /// A number token's digits: `49` and `1,000` are whole, `1.5` a decimal; anything else
    /// (`15th`, `18:30`, `2020-09-27`, `1,00`) is nil.
    enum Digits: Equatable {
        case whole(Int)
        case decimal(mantissa: Int, divisor: Int)

        init?(_ bytes: ArraySlice<UInt8>) {
            var value = 0
            var digits = 0
            var groupDigits = 0
            var sawComma = false
            var fractionDigits: Int?
            for b in bytes {
                if ASCII.isDigit(b) {
                    value = value * 10 + Int(b - 48)
                    digits += 1
                    groupDigits += 1
                    if let fraction = fractionDigits { fractionDigits = fraction + 1 }
                } else if b == UInt8(ascii: ","), fractionDigits == nil, groupDigits >= 1,
                    sawComma ? groupDigits == 3 : groupDigits <= 3
                {
                    sawComma = true
                    groupDigits = 0
                } else if b == UInt8(ascii: "."), !sawComma, fractionDigits == nil, digits > 0 {
                    fractionDigits = 0
                } else {
                    return nil
                }
                guard digits <= 15 else { return nil }
            }
            if sawComma && groupDigits != 3 { return nil }
            if let fraction = fractionDigits {
                guard (1...6).contains(fraction) else { return nil }
                var divisor = 1
                for _ in 0..<fraction { divisor *= 10 }
                self = .decimal(mantissa: value, divisor: divisor)
            } else {
                guard digits > 0 else { return nil }
                self = .whole(value)
            }
        }
    }

    /// The number read so far, one word (or hyphen-separated part of a word) at a time.
    private struct Accumulator {
        private enum Last { case start, article, unit, tens, digits, decimal, smallScale, bigScale, joiner }

        private var total = 0
        private var current = 0
        private var decimal: (mantissa: Int, divisor: Int)?
        private var last = Last.start
        private var smallestBigScale = Int.max

        /// The number, if what was read so far is a complete one ("one hundred", not "one hundred and").
        var value: Int? {
            switch last {
            case .unit, .tens, .digits, .smallScale, .bigScale: total + current
            case .start, .article, .decimal, .joiner: nil
            }
        }

        mutating func accept(_ token: Token, _ text: [UInt8], _ lexicon: NumberLexicon) -> Bool {
            switch token.kind {
            case .number:
                guard last == .start, let digits = Digits(token.visibleBytes(in: text)) else {
                    return false
                }
                switch digits {
                case .whole(let value):
                    current = value
                    last = .digits
                case .decimal(let mantissa, let divisor):
                    decimal = (mantissa, divisor)
                    last = .decimal
                }
                return true
            case .word:
                if let word = lexicon.word(token.key) { return acceptWord(word) }
                // `forty-nine` is one token: read its parts as words.
                var hasher = TokenKey.Hasher()
                for index in token.range.start..<token.range.end {
                    let b = text[index]
                    if b == UInt8(ascii: "-") {
                        guard let word = lexicon.word(hasher.key), acceptWord(word) else { return false }
                        hasher = TokenKey.Hasher()
                    } else {
                        hasher.add(b)
                    }
                }
                guard let word = lexicon.word(hasher.key) else { return false }
                return acceptWord(word)
            default:
                return false
            }
        }

        private mutating func acceptWord(_ word: NumberLexicon.Word) -> Bool {
            switch word {
            case .number(let value): return accept(number: value)
            case .scale(let scale): return accept(scale: scale)
            case .article:
                if last != .start { return false }
                current = 1
                last = .article
                return true
            case .joiner:
                if last != .smallScale && last != .bigScale { return false }
                last = .joiner
                return true
            }
        }

        private mutating func accept(number value: Int) -> Bool {
            switch last {
            case .start: current = value
            case .tens:
                guard (1...9).contains(value) else { return false }
                current += value
            case .smallScale, .bigScale, .joiner:
                guard value < 100 else { return false }
                current += value
            case .unit, .article, .digits, .decimal: return false
            }
            last = (20...90).contains(value) && value % 10 == 0 ? .tens : .unit
            return true
        }

        private mutating func accept(scale: Int) -> Bool {
            if let decimal {
                // `1.5 million`: a decimal takes a closing scale word, and only a whole product.
                let (product, overflow) = decimal.mantissa.multipliedReportingOverflow(by: scale)
                guard scale >= 1000, !overflow, product % decimal.divisor == 0 else { return false }
                total = product / decimal.divisor
                self.decimal = nil
                smallestBigScale = scale
                last = .bigScale
                return true
            }
            switch last {
            case .unit, .tens, .digits, .article: break
            case .smallScale where scale >= 1000: break
            case .start, .smallScale, .bigScale, .decimal, .joiner: return false
            }
            if scale < 1000 {
                // `hundred`, `dozen` multiply one group: `two hundred`, `a dozen`.
                guard (1...99).contains(current) else { return false }
                current *= scale
                last = .smallScale
            } else {
                // `thousand`, `million` close a group, largest first: `two million three hundred thousand`.
                guard scale < smallestBigScale, current > 0 else { return false }
                let (product, overflow) = current.multipliedReportingOverflow(by: scale)
                let (sum, sumOverflow) = total.addingReportingOverflow(product)
                guard !overflow, !sumOverflow else { return false }
                total = sum
                current = 0
                smallestBigScale = scale
                last = .bigScale
            }
            return true
        }
    }
}
