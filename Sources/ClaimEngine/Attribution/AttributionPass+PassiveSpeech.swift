import Lexicons
import NewsText

extension AttributionPass {
    /// `The pact was announced by President Vladimir Putin`: a reporting verb in the passive
    /// with its agent; the clause up to the verb is what was said.
    func passiveSpeech(_ verb: Mention<ReportingVerb>, in found: SentenceMentions) -> Statement? {
        let sentence = found.sentence.tokens
        guard verb.value.pattern == .speech, forms[verb.start].inflection == .past, verb.start > sentence.lowerBound,
            FunctionWords.passiveAuxiliaries.contains(tokens[verb.start - 1].key)
        else { return nil }
        // "the truce, which was announced by Washington": what was announced is the noun the
        // relative clause hangs on, and the rest of the sentence is not the agent's.
        let relative = relativePronoun(before: verb.start, in: sentence)
        let content = clauseStart(before: relative ?? (verb.start - 1), in: sentence)..<verb.end
        // "… have been reported": no one named, an unnamed source.
        guard verb.end < sentence.upperBound, tokens[verb.end].key == FunctionWords.by else {
            guard !isSubstantive(reportedContent(after: verb, in: found), found), hasWords(content) else { return nil }
            return Statement(speaker: Speaker(party: .other, phrase: nil, role: .source), mode: .indirect, verb: verb, content: [content], rule: .passiveSpeech)
        }
        let phrase = (verb.end + 1)..<nextBreak(from: verb.end + 1, in: sentence, commas: true)
        guard let speaker = resolve(phrase, found) else { return nil }
        // "… was announced by Washington on Sunday": the clause's own adjuncts are its words too.
        let said = content.lowerBound..<max(content.upperBound, phrase.upperBound)
        return Statement(
            speaker: speaker, mode: .indirect, verb: verb, content: [said], rule: relative == nil ? .passiveSpeech : .relativeClause,
            speakerTokens: phrase)
    }
}
