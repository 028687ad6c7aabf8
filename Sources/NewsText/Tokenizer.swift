/// Splits UTF-8 text into tokens in one pass over the bytes.
///
/// `Azerbaijan’s defence ministry said “49 soldiers” died.` →
/// `Azerbaijan` `’s` `defence` `ministry` `said` `“` `49` `soldiers` `”` `died` `.`
///
/// Nothing is lost: every byte is either inside a token or white space (or an invisible
/// mark such as a zero-width space) between tokens; tokens are in text order and never
/// overlap.
package enum Tokenizer {
    package static func tokenize(_ text: [UInt8]) -> [Token] {
        tokenize(text, in: ArticleSection.whole(text))
    }

    /// The tokens of one section of `text` (`ArticleSection`), with their ranges in the whole
    /// text.
    package static func tokenize(_ text: [UInt8], in section: ArticleSection) -> [Token] {
        text.withUnsafeBufferPointer { bytes in
            var scanner = Scanner(bytes: bytes, range: section.bytes, wraps: section.wraps, breaks: section.breaks)
            return scanner.run()
        }
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        /// Where the scan stops: the end of the text or of its section.
        let limit: Int
        var position: Int
        var tokens: [Token] = []
        var sawSpace = true
        var sawLineBreak = true
        /// A single quote (`‘` or `'`) opened on this line and not yet closed, so that the
        /// `’` in `the ‘terrorists’ left` closes it instead of marking a plural possessive.
        var singleQuoteIsOpen = false

        /// The line breaks that only wrap a paragraph (`HardWrap`): they are spaces, not the
        /// start of a line.
        var wraps: HardWrap.Cursor
        /// The spaces at which a paragraph too long to read at once is read as broken
        /// (`LongParagraph`), in text order: they start a line.
        let breaks: [Int]
        var nextBreak = 0

        init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, wraps: [Int], breaks: [Int]) {
            self.bytes = bytes
            self.limit = range.upperBound
            self.position = range.lowerBound
            self.wraps = HardWrap.Cursor(wraps)
            self.breaks = breaks
            tokens.reserveCapacity(range.count / 5)
        }

        mutating func run() -> [Token] {
            while position < limit {
                let b = bytes[position]
                if b < 0x80 {
                    scanASCII(b)
                } else {
                    scanNonASCII()
                }
            }
            return tokens
        }

        // MARK: Dispatch

        private mutating func scanASCII(_ b: UInt8) {
            if ASCII.isSpace(b) {
                if b == ASCII.newline || b == ASCII.carriageReturn, !wraps.isWrap(position, in: bytes) { startLine() }
                if b == ASCII.space, isBreak(position) { startLine() }
                sawSpace = true
                position += 1
            } else if ASCII.isLetter(b) {
                scanWord()
            } else if ASCII.isDigit(b) {
                scanNumber()
            } else if b == UInt8(ascii: "\"") {
                let opens = sawSpace || previousIsOpening
                emit(opens ? .openQuote : .closeQuote, from: position, to: position + 1)
            } else if b == UInt8(ascii: "'") {
                scanApostrophe(length: 1, opensOnly: false)
            } else if b == UInt8(ascii: "-") {
                scanHyphen()
            } else if b == UInt8(ascii: ".") && peek(1) == UInt8(ascii: ".") {
                var end = position
                while end < limit && bytes[end] == UInt8(ascii: ".") { end += 1 }
                emit(.punctuation, from: position, to: end)
            } else {
                emit(.punctuation, from: position, to: position + 1)
            }
        }

        private mutating func scanNonASCII() {
            let mark = UnicodeMark(bytes, at: position)
            switch mark {
            case .space(let length):
                sawSpace = true
                position += clamped(length)
            case .lineBreak(let length):
                startLine()
                sawSpace = true
                position += clamped(length)
            case .format(let length):
                position += clamped(length)
            case .openQuote(let length):
                emit(.openQuote, from: position, to: position + clamped(length))
            case .closeQuote(let length):
                emit(.closeQuote, from: position, to: position + clamped(length))
            case .dash(let length):
                emit(.dash, from: position, to: position + clamped(length))
            case .openSingleQuote(let length):
                scanApostrophe(length: clamped(length), opensOnly: true)
            case .apostrophe(let length):
                scanApostrophe(length: clamped(length), opensOnly: false)
            case .hyphen(let length), .punctuation(let length):
                emit(.punctuation, from: position, to: position + clamped(length))
            case .letter:
                scanWord()
            }
        }

        /// Whether the space at `offset` is a break. Offsets come in text order.
        private mutating func isBreak(_ offset: Int) -> Bool {
            while nextBreak < breaks.count, breaks[nextBreak] < offset { nextBreak += 1 }
            return nextBreak < breaks.count && breaks[nextBreak] == offset
        }

        private mutating func startLine() {
            sawLineBreak = true
            singleQuoteIsOpen = false
        }

        // MARK: Words and numbers

        /// Letters (ASCII or not) and digits, joined by single inner hyphens (`-`, `‐`, `‑`),
        /// soft hyphens and joiners, or apostrophes (`don't`, `O'Brien`); a possessive `'s` is
        /// left for its own token. `U.S.` and `a.m.` (single letters between dots) stay one word.
        private mutating func scanWord() {
            let start = position
            if let end = initialismEnd(from: start) {
                emit(.word, from: start, to: end)
                return
            }
            var end = start
            while end < limit {
                let b = bytes[end]
                if ASCII.isLetter(b) || ASCII.isDigit(b) {
                    end += 1
                } else if b >= 0x80, UnicodeMark(bytes, at: end) == .letter {
                    end = min(end + UnicodeMark.scalarLength(b), limit)
                } else if let length = joinerLength(at: end), isWordByte(at: end + length) {
                    end += length
                } else if let length = apostropheLength(at: end), isWordByte(at: end + length),
                    !isPossessiveSuffix(at: end + length)
                {
                    end += length
                } else {
                    break
                }
            }
            emit(.word, from: start, to: end)
        }

        /// The end of `U.S.`, `a.m.`, `e.g.` starting at `start`: at least two single ASCII
        /// letters, each followed by a dot (`U.S.Army` is `U.S.` and `Army`).
        private func initialismEnd(from start: Int) -> Int? {
            var end = start
            var pairs = 0
            while end + 1 < limit, ASCII.isLetter(bytes[end]), bytes[end + 1] == UInt8(ascii: ".") {
                end += 2
                pairs += 1
            }
            return pairs >= 2 ? end : nil
        }

        /// Digits with inner `.,:/-` before another digit, and a letter suffix (`15th`, `3km`,
        /// `1990s`); `5a.m.` leaves `a.m.` to be its own word.
        private mutating func scanNumber() {
            let start = position
            var end = start
            while end < limit {
                let b = bytes[end]
                if ASCII.isDigit(b) {
                    end += 1
                } else if Self.isNumberSeparator(b), isDigit(at: pastFormatMarks(from: end + 1)) {
                    end += 1
                } else if b >= 0x80, case .format = UnicodeMark(bytes, at: end) {
                    // "4\u{200B}9" and "1,\u{200B}000" are 49 and 1,000 to a reader.
                    let next = pastFormatMarks(from: end)
                    let goesOn = isDigit(at: next)
                        || (next < limit && Self.isNumberSeparator(bytes[next]) && isDigit(at: pastFormatMarks(from: next + 1)))
                    guard goesOn else { break }
                    end = next
                } else {
                    break
                }
            }
            if initialismEnd(from: end) == nil {
                while end < limit && ASCII.isLetter(bytes[end]) { end += 1 }
            }
            emit(.number, from: start, to: end)
        }

        /// The first index at or after `index` that is not an invisible format mark.
        private func pastFormatMarks(from index: Int) -> Int {
            var index = index
            while index < limit, bytes[index] >= 0x80, case .format(let length) = UnicodeMark(bytes, at: index) {
                index += length
            }
            return index
        }

        /// The marks inside a number: `1,000`, `9.30`, `18:30`, `24/7`, `2022-09-13`.
        private static func isNumberSeparator(_ b: UInt8) -> Bool {
            b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: ":") || b == UInt8(ascii: "/")
                || b == UInt8(ascii: "-")
        }

        private func isDigit(at index: Int) -> Bool {
            index < limit && ASCII.isDigit(bytes[index])
        }

        /// `-` between spaces, or two or more in a row (`--`), is a dash; otherwise punctuation.
        private mutating func scanHyphen() {
            var end = position
            while end < limit && bytes[end] == UInt8(ascii: "-") { end += 1 }
            let standsAlone = end - position > 1 || (sawSpace && isSpaceOrEnd(at: end))
            emit(standsAlone ? .dash : .punctuation, from: position, to: end)
        }

        // MARK: Apostrophes and single quotes

        /// An apostrophe or single quote outside a word: `'`, `’`, or `‘` (`opensOnly`).
        ///
        /// Right after a word it is a possessive — `'s` in `Azerbaijan's`, or a lone `'` after
        /// a plural in `the soldiers' families` — unless it closes a single quote opened on
        /// the same line (`the ‘terrorists’ left`). Anything else is punctuation.
        private mutating func scanApostrophe(length: Int, opensOnly: Bool) {
            let end = position + length
            if !opensOnly, let word = attachedWord {
                if isPossessiveSuffix(at: end) {
                    emit(.possessive, from: position, to: end + 1)
                    return
                }
                if !singleQuoteIsOpen, bytes[word.range.end - 1] | 0x20 == UInt8(ascii: "s"), !isWordByte(at: end) {
                    emit(.possessive, from: position, to: end)
                    return
                }
            }
            if opensOnly || ((sawSpace || previousIsOpening) && isWordByte(at: end)) {
                singleQuoteIsOpen = true
            } else if !sawSpace {
                singleQuoteIsOpen = false
            }
            emit(.punctuation, from: position, to: end)
        }

        /// The previous token, when it is a word or number that ends right here.
        private var attachedWord: Token? {
            guard !sawSpace, let last = tokens.last, last.range.end == position,
                last.kind == .word || last.kind == .number
            else { return nil }
            return last
        }

        private func apostropheLength(at index: Int) -> Int? {
            guard index < limit else { return nil }
            if bytes[index] == UInt8(ascii: "'") { return 1 }
            if bytes[index] >= 0x80, case .apostrophe(let length) = UnicodeMark(bytes, at: index) {
                return length
            }
            return nil
        }

        /// The length of a hyphen or invisible format mark that may join two parts of a word.
        private func joinerLength(at index: Int) -> Int? {
            guard index < limit else { return nil }
            if bytes[index] == UInt8(ascii: "-") { return 1 }
            guard bytes[index] >= 0x80 else { return nil }
            switch UnicodeMark(bytes, at: index) {
            case .hyphen(let length), .format(let length): return length
            default: return nil
            }
        }

        /// `s` followed by something that is not a letter: the possessive `'s`.
        private func isPossessiveSuffix(at index: Int) -> Bool {
            guard index < limit, bytes[index] | 0x20 == UInt8(ascii: "s") else { return false }
            return !isWordByte(at: index + 1)
        }

        // MARK: Helpers

        private func peek(_ offset: Int) -> UInt8? {
            position + offset < limit ? bytes[position + offset] : nil
        }

        /// A scalar length cut short at the end of the text, should it end mid-scalar.
        private func clamped(_ length: Int) -> Int {
            min(length, limit - position)
        }

        private func isWordByte(at index: Int) -> Bool {
            guard index >= 0, index < limit else { return false }
            let b = bytes[index]
            if b < 0x80 { return ASCII.isLetter(b) || ASCII.isDigit(b) }
            // A continuation byte belongs to whatever scalar it continues.
            var lead = index
            while lead > 0 && bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            return UnicodeMark(bytes, at: lead) == .letter
        }

        private func isSpaceOrEnd(at index: Int) -> Bool {
            guard index < limit else { return true }
            let b = bytes[index]
            if b < 0x80 { return ASCII.isSpace(b) }
            switch UnicodeMark(bytes, at: index) {
            case .space, .lineBreak: return true
            default: return false
            }
        }

        private var previousIsOpening: Bool {
            guard let last = tokens.last else { return true }
            switch last.kind {
            case .openQuote, .dash: return true
            case .punctuation:
                let b = bytes[last.range.start]
                return b == UInt8(ascii: "(") || b == UInt8(ascii: "[") || b == UInt8(ascii: ":")
            default: return false
            }
        }

        /// Appends a token and moves past it. The key folds ASCII case, the curly apostrophe
        /// to `'` and the Unicode hyphens to `-`, and leaves out soft hyphens and joiners, so
        /// `Azerbaijan’s` and `Azerbaijan's` match.
        private mutating func emit(_ kind: Token.Kind, from start: Int, to end: Int) {
            var hasher = TokenKey.Hasher()
            var i = start
            while i < end {
                let b = bytes[i]
                if b < 0x80 {
                    hasher.add(b)
                    i += 1
                    continue
                }
                let length = min(UnicodeMark.scalarLength(b), end - i)
                switch UnicodeMark(bytes, at: i) {
                case .apostrophe: hasher.add(UInt8(ascii: "'"))
                case .hyphen: hasher.add(UInt8(ascii: "-"))
                case .format: break
                default: for j in i..<i + length { hasher.add(bytes[j]) }
                }
                i += length
            }
            tokens.append(
                Token(
                    range: ByteRange(start, end), kind: kind, key: hasher.key,
                    isCapitalized: ASCII.isUpper(bytes[start]),
                    spaceBefore: sawSpace, startsLine: sawLineBreak))
            sawSpace = false
            sawLineBreak = false
            position = end
        }
    }
}
