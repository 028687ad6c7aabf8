import Lexicons
import NewsText

/// Moving through a sentence's tokens: clause starts, the next break, and where a reporting
/// verb's content begins and ends.
extension AttributionPass {
    /// The first token of the clause that contains `index`: after a semicolon, `while`,
    /// `but`, a subordinator or relative pronoun ("hostilities for which both sides blame each
    /// other": the subject is after "which"), a quotation mark, a dash, a colon or another
    /// reporting verb. With `wholeClause`, relatives, subordinators and the marks of a partial
    /// quote do not end it: the words before an inverted speaker ("… in clashes with forces
    /// that broke out on Monday, Pashinyan said", "… as a “complete ceasefire” was reached,
    /// Putin said") are the whole clause. With `relayed` too, a reporting verb does not end
    /// it: a statement the words hold ("Stepanakert denies the deaths, Interfax reports") is
    /// only relayed by the speaker after them (`innermost` gives its words to the statement
    /// inside), where a denial after them ("…, a charge Baku rejected") is a statement of its own.
    func clauseStart(before index: Int, in sentence: Range<Int>, wholeClause: Bool = false, relayed: Bool = false) -> Int {
        var start = index
        let found = mentions[sentenceOfToken[min(max(index - 1, sentence.lowerBound), sentence.upperBound - 1)]]
        // A relative clause or an adjunct closed by a comma before `index` is inside the
        // subject: "The presidents of Russia, the United States and France, whose countries
        // co-chair the Minsk Group, called …", "Aliyev, after talks in Brussels, said …".
        var closed = false
        while start > sentence.lowerBound {
            let token = tokens[start - 1]
            let opensSubordinate = FunctionWords.subordinating.contains(token.key) && !closed
            let opensClause = !wholeClause && (token.key == FunctionWords.that || opensSubordinate)
            if token.key == FunctionWords.semicolon || token.key == FunctionWords.colon
                || FunctionWords.clauseBreaks.contains(token.key) || opensClause
                || !wholeClause && (token.kind == .openQuote || token.kind == .closeQuote) || token.kind == .dash
                || !(wholeClause && relayed) && found.verbs.contains(where: {
                    $0.end == start && $0.value.pattern != .according && !found.nominalVerbs.contains($0.start)
                })
            {
                break
            }
            if token.key == FunctionWords.comma { closed = true }
            start -= 1
        }
        return start
    }

    /// The first clause break at or after `index` (and the first comma, when asked).
    func nextBreak(from index: Int, in sentence: Range<Int>, commas: Bool) -> Int {
        var end = index
        while end < sentence.upperBound {
            let token = tokens[end]
            if token.key == FunctionWords.semicolon || FunctionWords.clauseBreaks.contains(token.key) { break }
            if commas && (token.key == FunctionWords.comma || token.key == FunctionWords.openParen || token.kind == .punctuation) {
                break
            }
            end += 1
        }
        return end
    }

    /// The reported words after a verb, up to the next clause break: `said (that) …`,
    /// `told reporters on Monday that …`, `added, however, that …`.
    func reportedContent(after verb: Mention<ReportingVerb>, in found: SentenceMentions) -> Range<Int> {
        let sentence = found.sentence.tokens
        var start = contentStart(after: verb, in: found)
        // An adverb the writer inserted before the content ("however", "though") is no break.
        while start < sentence.upperBound && FunctionWords.clauseBreaks.contains(tokens[start].key) { start += 1 }
        while start < sentence.upperBound && tokens[start].key == FunctionWords.comma { start += 1 }
        var end = max(start, nextBreak(from: start, in: sentence, commas: false))
        // "… were killed, while 293 soldiers were wounded": a clause with no speaker of its own
        // goes on with the same account.
        if end < sentence.upperBound, !found.verbs.contains(where: { $0.start > end && !found.nominalVerbs.contains($0.start) }) {
            end = sentence.upperBound
        }
        if verb.value.pattern == .accuse, let clause = newClause(in: start..<end) { end = clause }
        return start..<end
    }

    /// Where ", and" or ", but" opens a new clause with a subject of its own ("…, and these
    /// clashes are the worst since 2020"): an accusation's words are its charge, and the
    /// clause after them is the writer's (`narratorTail`).
    func newClause(in range: Range<Int>) -> Int? {
        guard range.count > 3 else { return nil }
        return (range.lowerBound..<(range.upperBound - 2)).first { index in
            tokens[index].key == FunctionWords.comma && FunctionWords.joiningVerbs.contains(tokens[index + 1].key)
                && FunctionWords.determiners.contains(tokens[index + 2].key)
        }
    }

    /// Where a reporting verb joined to the one before starts its own account — the "and" of
    /// "refuted this and claimed that …", "denied the report but said …" — between `start`
    /// and `end`; nil when none is.
    func joinedVerb(after start: Int, before end: Int, in found: SentenceMentions) -> Int? {
        for verb in found.verbs where verb.start > start && verb.start < end && verb.value.pattern != .according
            && !found.nominalVerbs.contains(verb.start)
        {
            var conjunction = verb.start - 1
            while conjunction > start, FunctionWords.verbAdverbs.contains(tokens[conjunction].key) { conjunction -= 1 }
            if conjunction > start, FunctionWords.joiningVerbs.contains(tokens[conjunction].key) { return conjunction }
        }
        return nil
    }

    /// Where the reported words start: after `that`, after `told reporters … that`.
    func contentStart(after verb: Mention<ReportingVerb>, in found: SentenceMentions) -> Int {
        let sentence = found.sentence.tokens
        let window = verb.end..<min(verb.end + 8, sentence.upperBound)
        // The "that" of a verb joined after this one ("refuted this and claimed that") is not this one's.
        if let that = window.first(where: { tokens[$0].key == FunctionWords.that }),
            !isSubstantive(verb.end..<that, found), joinedVerb(after: verb.end - 1, before: that, in: found) == nil
        {
            return that + 1
        }
        var start = verb.end
        while start < sentence.upperBound && (tokens[start].key == FunctionWords.colon || tokens[start].key == FunctionWords.comma) {
            start += 1
        }
        return start
    }

    /// Whether a range carries anything a claim could be made of.
    func isSubstantive(_ range: Range<Int>, _ found: SentenceMentions) -> Bool {
        guard !range.isEmpty else { return false }
        return !found.triggers.inside(range).isEmpty || !found.parties.inside(range).isEmpty
            || !found.sides.inside(range).isEmpty || !found.counts.filter { range.contains($0.tokens.lowerBound) }.isEmpty
    }

    func hasWords(_ range: Range<Int>) -> Bool {
        range.contains { tokens[$0].kind == .word || tokens[$0].kind == .number }
    }

    func bytes(_ range: Range<Int>) -> ByteRange? {
        guard !range.isEmpty else { return nil }
        return tokens.bytes(spanning: range)
    }
}
