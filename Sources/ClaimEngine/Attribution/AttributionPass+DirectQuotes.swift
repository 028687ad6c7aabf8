import Lexicons
import NewsText

/// Direct quotes and their speakers: `"Our positions came under fire," the ministry said` (the
/// tag after the quote), `The ministry said: "…"` (before it), a quote whose tag is the
/// sentence before ending in a colon or the line after it, a quote that goes on from the last
/// one, and a signed post's quote.
extension AttributionPass {
    /// The quote regions a sentence's tokens fall in, in text order.
    func regionsTouching(_ sentence: Sentence) -> [Int] {
        var found: [Int] = []
        for token in sentence.tokens {
            if let region = quotes.region(of: token), found.last != region { found.append(region) }
        }
        return found
    }

    func touchesQuote(_ sentence: Sentence) -> Bool {
        sentence.tokens.contains { quotes.isQuoted($0) }
    }

    /// The speaker of a quotation: tagged after it, before it, by the sentence before it
    /// ending in a colon, or by a signature line.
    mutating func tag(ofRegion region: Int) -> Tag? {
        if let known = regionTags[region] { return known }
        let quote = quotes.regions[region]
        let found = tagAfter(quote) ?? tagBefore(quote) ?? tagByColonSentence(quote) ?? tagByNextLine(quote)
            ?? tagBySignature(quote) ?? tagByPreviousQuote(region)
        if let verb = found?.verb { tagVerbs.insert(verb.start) }
        regionTags[region] = .some(found)
        return found
    }

    /// `"…," the ministry said` / `"…," said Peskov` / `"…" Peskov told reporters.` /
    /// `"…", - the ministry said.`
    func tagAfter(_ quote: QuoteRegions.Region) -> Tag? {
        guard quote.closed else { return nil }
        var phraseStart = quote.close + 1
        if phraseStart < tokens.count && tokens[phraseStart].key == FunctionWords.comma { phraseStart += 1 }
        return tag(from: phraseStart, in: mentions[sentenceOfToken[quote.close]])
    }

    /// A quoted paragraph whose quote ends it, and the next line only its tag, opened by a
    /// dash: `“…,”` then `– the ministry informs.` or `— said Hikmet Hajiyev.` Outlets
    /// translating from Russian or Azerbaijani set a statement's attribution on a line of its
    /// own. The dash says the tag is still to come, and a line that opens with one is never
    /// where a long article's sections are cut (`ArticleSection`), so the quote and its tag
    /// are read together however the article is read.
    func tagByNextLine(_ quote: QuoteRegions.Region) -> Tag? {
        guard quote.closed else { return nil }
        let index = sentenceOfToken[quote.close]
        guard index + 1 < document.sentences.count, document.sentences[index].tokens.upperBound == quote.close + 1 else {
            return nil
        }
        let line = mentions[index + 1]
        let first = line.sentence.tokens.lowerBound
        guard tokens[first].startsLine, isDash(tokens[first]) else { return nil }
        return tag(from: first, in: line)
    }

    /// A tag that starts at `phraseStart` (after an optional dash): the speaker then the verb
    /// within eight words, or the verb then the speaker, or a name with its office set off by
    /// commas before the verb (`"…," Hikmet Hajiyev, aide to the president, said`).
    private func tag(from phraseStart: Int, in found: SentenceMentions) -> Tag? {
        let sentence = found.sentence.tokens
        var phraseStart = phraseStart
        if phraseStart < sentence.upperBound && isDash(tokens[phraseStart]) { phraseStart += 1 }
        guard let verb = found.verbs.first(where: { $0.start >= phraseStart }) else { return nil }
        if verb.start > phraseStart + 7 {
            guard verb.start <= phraseStart + 16, tokens[verb.start - 1].key == FunctionWords.comma,
                let subject = subject(before: verb.start, from: phraseStart, found)
            else { return nil }
            return (subject.speaker, verb)
        }
        if let speaker = resolve(phraseStart..<verb.start, found) { return (speaker, verb) }
        if phraseStart == verb.start, let speaker = resolve(verb.end..<nextBreak(from: verb.end, in: sentence, commas: true), found) {
            return (speaker, verb)
        }
        return nil
    }

    /// A dash that sets a tag off: any dash, or a hyphen standing alone (`"…", - he said`).
    private func isDash(_ token: Token) -> Bool {
        token.kind == .dash || token.isPunctuation("-")
    }

    /// `Peskov said: "…"`, `Peskov told reporters, "…"`, `Armenia: "…"`.
    func tagBefore(_ quote: QuoteRegions.Region) -> Tag? {
        let found = mentions[sentenceOfToken[quote.open]]
        let sentence = found.sentence.tokens
        var end = quote.open
        if end > sentence.lowerBound && (tokens[end - 1].key == FunctionWords.colon || tokens[end - 1].key == FunctionWords.comma) {
            end -= 1
        }
        guard end > sentence.lowerBound else { return nil }
        let start = clauseStart(before: end, in: sentence)
        // The quote is the verb's whole object: right after it, or after its colon or comma
        // ("Peskov said: “…”", "told reporters, “…”"). A quote inside the reported words
        // ("accused Armenia of “a large-scale provocation”") is a partial quote, not a tag.
        let setOff = end < quote.open || found.verbs.contains { $0.end == quote.open }
        if setOff, let verb = found.verbs.last(where: { $0.end <= end && end - $0.end <= 4 }), !quotes.isQuoted(verb.start),
            let subject = subject(before: verb.start, from: clauseStart(before: verb.start, in: sentence), found)
        {
            return (subject.speaker, verb)
        }
        if end < quote.open, tokens[end].key == FunctionWords.colon, let speaker = resolve(start..<end, found) {
            return (speaker, nil)
        }
        return nil
    }

    /// `The ministry said in a statement:` ending the sentence before the quote.
    func tagByColonSentence(_ quote: QuoteRegions.Region) -> Tag? {
        let index = sentenceOfToken[quote.open]
        guard index > 0, document.sentences[index].tokens.lowerBound == quote.open else { return nil }
        let previous = mentions[index - 1]
        guard tokens[previous.sentence.tokens.upperBound - 1].key == FunctionWords.colon,
            let verb = previous.verbs.first(where: { !quotes.isQuoted($0.start) }),
            let subject = subject(
                before: verb.start, from: clauseStart(before: verb.start, in: previous.sentence.tokens), previous)
        else { return nil }
        return (subject.speaker, verb)
    }

    /// `"…," Dargahli said. "…"`: a quote with no tag of its own that follows a tagged quote
    /// of the same paragraph goes on with the same speaker. The earlier quote's paragraph is
    /// that of its last word: a quote never closed ends before the first token after it, which
    /// may open the next paragraph.
    func tagByPreviousQuote(_ region: Int) -> Tag? {
        guard region > 0, let previous = regionTags[region - 1], let tag = previous else { return nil }
        let paragraph = { (token: Int) in self.document.sentences[self.sentenceOfToken[token]].paragraph }
        let earlier = quotes.regions[region - 1]
        guard paragraph(max(earlier.close - 1, earlier.open)) == paragraph(quotes.regions[region].open) else { return nil }
        return tag
    }

    func tagBySignature(_ quote: QuoteRegions.Region) -> Tag? {
        let next = sentenceOfToken[max(quote.close - 1, quote.open)] + 1
        guard signatures.contains(next) else { return nil }
        return (signer(of: next), nil)
    }
}
