import Lexicons
import NewsText

extension AttributionPass {
    /// The relative pronoun that opens a reporting verb's clause: "which has claimed", "which
    /// was announced".
    func relativePronoun(before verb: Int, in sentence: Range<Int>) -> Int? {
        var pronoun = verb - 1
        while pronoun > sentence.lowerBound, FunctionWords.auxiliaries.contains(tokens[pronoun].key) { pronoun -= 1 }
        return pronoun >= sentence.lowerBound && FunctionWords.relatives.contains(tokens[pronoun].key) ? pronoun : nil
    }

    /// Where a statement said in a relative clause opens, with the comma before it: at the
    /// pronoun before its verb ("Azerbaijan, which has claimed …") or before its speaker ("talks
    /// with Lavrov, in which he urged …", a preposition included); nil for any other statement.
    func relativeOpening(of statement: Statement, in sentence: Range<Int>) -> Int? {
        var opening: Int
        if statement.rule == .relativeClause, let verb = statement.verb, let pronoun = relativePronoun(before: verb.start, in: sentence) {
            opening = pronoun
        } else if let phrase = statement.speakerTokens, phrase.lowerBound > sentence.lowerBound + 1,
            FunctionWords.relatives.contains(tokens[phrase.lowerBound - 1].key), tokens[phrase.lowerBound - 1].key != FunctionWords.that,
            FunctionWords.prepositions.contains(tokens[phrase.lowerBound - 2].key)
        {
            opening = phrase.lowerBound - 2
        } else {
            return nil
        }
        if opening > sentence.lowerBound && tokens[opening - 1].key == FunctionWords.comma { opening -= 1 }
        return opening
    }

    /// `Azerbaijan, which has claimed numerous territorial gains, pressed …`: a reporting verb in
    /// a relative clause set off by commas says only what the clause holds, and its speaker is
    /// the name the clause hangs on.
    func relativeClauseSpeech(_ verb: Mention<ReportingVerb>, in found: SentenceMentions) -> Statement? {
        let sentence = found.sentence.tokens
        guard let pronoun = relativePronoun(before: verb.start, in: sentence), pronoun > sentence.lowerBound + 1,
            tokens[pronoun - 1].key == FunctionWords.comma
        else { return nil }
        var nameStart = pronoun - 1
        while nameStart > sentence.lowerBound, tokens[nameStart - 1].key != FunctionWords.comma,
            !FunctionWords.subordinators.contains(tokens[nameStart - 1].key), pronoun - 1 - nameStart < 6
        {
            nameStart -= 1
        }
        let phrase = nameStart..<(pronoun - 1)
        guard let speaker = resolve(phrase, found) else { return nil }
        let end = nextBreak(from: verb.end, in: sentence, commas: true)
        return Statement(
            speaker: speaker, mode: .indirect, verb: verb, content: [verb.end..<max(verb.end, end)], rule: .relativeClause,
            speakerTokens: phrase)
    }
}
