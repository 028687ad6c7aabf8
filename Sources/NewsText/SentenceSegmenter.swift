/// Splits a token stream into sentences.
///
/// A sentence ends at a line break (headlines, captions and signature lines carry no final
/// stop), or after `.`, `!`, `?`, `...` or `…` — with any closing quotes, brackets and
/// single quotes — when what follows can start a sentence: a capitalised word (`Baku`,
/// `İlham`, `Şuşa`), a number, an opening quote, a dash (the `— Shushan Stepanyan
/// (@ShStepanyan)` signature of a post), or an opening bracket or single quote before one
/// of those. So `"Our units repelled the attack. The enemy retreated," the ministry said.`
/// is two sentences, and `"Who fired first?" he asked.` is one.
///
/// A full stop right after an abbreviation (`Gen.`, `No. 5`) or a single capital initial
/// (`J. Borrell`) does not end a sentence; `U.S.` and `a.m.` are single tokens and never
/// do. A missing space after the stop (`border.Azerbaijan's ministry said`) still ends the
/// sentence when a capitalised word follows.
///
/// A run of text with no sentence end (a page without full stops, a pasted table) is cut
/// at a comma or semicolon once it reaches `softLimit` tokens, and anywhere at `hardLimit`:
/// the analysis of a sentence compares its words with each other, so a bounded sentence keeps
/// every command linear in its input. Real sentences stay far below the limits.
package struct SentenceSegmenter: Sendable {
    package static let softLimit = 200
    package static let hardLimit = 400

    package let abbreviations: Abbreviations

    package init(abbreviations: Abbreviations) {
        self.abbreviations = abbreviations
    }

    /// The sentences of `tokens` (produced by `Tokenizer.tokenize(text)`), in order; together
    /// they hold every token exactly once. `paragraph` counts the lines with text before
    /// the sentence's first token; `firstParagraph` is the count before the tokens, for the
    /// tokens of a section (`ArticleSection`).
    package func segment(_ tokens: [Token], in text: [UInt8], firstParagraph: Int = 0) -> [Sentence] {
        var sentences: [Sentence] = []
        guard !tokens.isEmpty else { return sentences }
        var start = 0
        var paragraph = firstParagraph
        var startParagraph = firstParagraph
        for i in 1..<tokens.count {
            if tokens[i].startsLine { paragraph += 1 }
            guard tokens[i].startsLine || endsSentence(before: i, after: start, tokens, text) || isOverlong(start..<i, tokens, text)
            else { continue }
            sentences.append(sentence(tokens, start..<i, paragraph: startParagraph))
            start = i
            startParagraph = paragraph
        }
        sentences.append(sentence(tokens, start..<tokens.count, paragraph: startParagraph))
        return sentences
    }

    private func sentence(_ tokens: [Token], _ range: Range<Int>, paragraph: Int) -> Sentence {
        Sentence(
            range: tokens.bytes(spanning: range),
            tokens: range, paragraph: paragraph)
    }

    /// Whether a sentence that began at token `start` ends before token `i`.
    private func endsSentence(before i: Int, after start: Int, _ tokens: [Token], _ text: [UInt8]) -> Bool {
        let next = tokens[i]
        if isCloser(next, text) { return false }
        var t = i - 1
        while t > start && isCloser(tokens[t], text) { t -= 1 }
        let mark = tokens[t]
        guard isTerminal(mark, text) else { return false }
        let isStop = mark.range.count == 1 && text[mark.range.start] == UInt8(ascii: ".")
        if isStop && t > start && !mark.spaceBefore && isAbbreviation(tokens[t - 1]) { return false }
        if !next.spaceBefore {
            return next.kind == .word && startsWithCapital(next, text)
        }
        return canStartSentence(at: i, tokens, text)
    }

    /// Whether a sentence without an end has run long enough to cut before its next token.
    private func isOverlong(_ run: Range<Int>, _ tokens: [Token], _ text: [UInt8]) -> Bool {
        if run.count >= Self.hardLimit { return true }
        guard run.count >= Self.softLimit, let last = run.last, tokens[last].kind == .punctuation, tokens[last].range.count == 1
        else { return false }
        let b = text[tokens[last].range.start]
        return b == UInt8(ascii: ",") || b == UInt8(ascii: ";")
    }

    /// `.`, `!`, `?`, `...` or `…`.
    private func isTerminal(_ mark: Token, _ text: [UInt8]) -> Bool {
        guard mark.kind == .punctuation else { return false }
        let b = text[mark.range.start]
        switch b {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return true  // also "..."
        default: return mark.range.count == 3 && text[mark.range.start..<mark.range.end].elementsEqual(ellipsis)
        }
    }

    private func canStartSentence(at i: Int, _ tokens: [Token], _ text: [UInt8]) -> Bool {
        let token = tokens[i]
        switch token.kind {
        case .word: return startsWithCapital(token, text)
        case .number, .openQuote, .dash: return true
        case .punctuation:
            // `(Baku disputes the figure.)`, `‘They attacked first.’`
            guard isOpener(token, text), i + 1 < tokens.count, !tokens[i + 1].spaceBefore else { return false }
            let after = tokens[i + 1]
            return after.kind == .number || (after.kind == .word && startsWithCapital(after, text))
        case .possessive, .closeQuote: return false
        }
    }

    private func isAbbreviation(_ word: Token) -> Bool {
        guard word.kind == .word else { return false }
        if word.range.count == 1 && word.isCapitalized { return true }  // an initial: "J. Borrell"
        return abbreviations.contains(word)
    }

    /// A closing quote, or a `)`, `]`, `'` or `’` attached to what precedes it.
    private func isCloser(_ token: Token, _ text: [UInt8]) -> Bool {
        if token.kind == .closeQuote { return true }
        guard token.kind == .punctuation, !token.spaceBefore else { return false }
        let b = text[token.range.start]
        if token.range.count == 1 {
            return b == UInt8(ascii: ")") || b == UInt8(ascii: "]") || b == UInt8(ascii: "'")
        }
        return text[token.range.start..<token.range.end].elementsEqual(rightSingleQuote)
    }

    /// `(`, `[`, `'` or `‘`.
    private func isOpener(_ token: Token, _ text: [UInt8]) -> Bool {
        let b = text[token.range.start]
        if token.range.count == 1 {
            return b == UInt8(ascii: "(") || b == UInt8(ascii: "[") || b == UInt8(ascii: "'")
        }
        return text[token.range.start..<token.range.end].elementsEqual(leftSingleQuote)
    }

    /// An ASCII capital, or a non-ASCII scalar that is upper case: `Baku`, `İlham`, `Əliyev`.
    private func startsWithCapital(_ token: Token, _ text: [UInt8]) -> Bool {
        if token.isCapitalized { return true }
        guard text[token.range.start] >= 0x80 else { return false }
        var bytes = text[token.range.start..<token.range.end].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&bytes) else { return false }
        return scalar.properties.isUppercase
    }
}

private let ellipsis: [UInt8] = [0xE2, 0x80, 0xA6]  // …
private let leftSingleQuote: [UInt8] = [0xE2, 0x80, 0x98]  // ‘
private let rightSingleQuote: [UInt8] = [0xE2, 0x80, 0x99]  // ’
