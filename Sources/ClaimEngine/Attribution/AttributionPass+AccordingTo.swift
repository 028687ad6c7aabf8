import Lexicons
import NewsText

extension AttributionPass {
    /// `According to X, …` and `…, according to X.`
    func accordingTo(_ verb: Mention<ReportingVerb>, in found: SentenceMentions) -> Statement? {
        let sentence = found.sentence.tokens
        let phraseEnd = nextBreak(from: verb.end, in: sentence, commas: true)
        guard let speaker = resolve(verb.end..<phraseEnd, found) else { return nil }
        let before = clauseStart(before: verb.start, in: sentence)
        let content: Range<Int>
        if hasWords(before..<verb.start) {
            let end = tokens[verb.start - 1].key == FunctionWords.comma ? verb.start - 1 : verb.start
            content = before..<end
        } else {
            let start = min(phraseEnd + 1, sentence.upperBound)
            content = start..<max(start, nextBreak(from: start, in: sentence, commas: false))
        }
        return Statement(
            speaker: speaker, mode: .indirect, verb: verb, content: [content], rule: .accordingTo,
            speakerTokens: verb.end..<phraseEnd)
    }

    func citedSpeaker(in found: SentenceMentions) -> Speaker? {
        guard let citing = found.verbs.first(where: { $0.value.pattern == .citing }) else { return nil }
        return resolve(citing.end..<nextBreak(from: citing.end, in: found.sentence.tokens, commas: true), found)
    }
}
