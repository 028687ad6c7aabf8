import Lexicons
import NewsText

extension AttributionPass {
    /// A noun for what was said names its speaker just before it (`The EU has taken note of
    /// Baku's statement that …`, `Azerbaijani allegations that …`) or after `of` or `by`
    /// (`the claims of the Armenian defence ministry that …`, `reports spread by Baku about
    /// …`), whoever reports it. The content follows `that` or `about`.
    func saidNoun(_ verb: Mention<ReportingVerb>, in found: SentenceMentions) -> Statement? {
        let sentence = found.sentence.tokens
        var start = verb.start
        while start > sentence.lowerBound, start > verb.start - 4 {
            let token = tokens[start - 1]
            let named = found.parties.contains { $0.tokens.contains(start - 1) } || found.sides.contains { $0.tokens.contains(start - 1) }
            guard named || token.kind == .possessive else { break }
            start -= 1
        }
        let window = verb.end..<min(sentence.upperBound, verb.end + 10)
        let marker = window.first { FunctionWords.contentMarkers.contains(tokens[$0].key) }
        var speakerTokens = start..<verb.start
        var speaker = start < verb.start ? resolve(speakerTokens, found) : nil
        if speaker == nil, let marker {
            // "the claims of the Armenian defence ministry that …": the source follows `of` or `by`.
            if let agent = (verb.end..<marker).first(where: { FunctionWords.sourceIntroducers.contains(tokens[$0].key) }) {
                speakerTokens = (agent + 1)..<marker
                speaker = resolve(speakerTokens, found)
            }
        }
        guard let speaker else { return nil }
        let contentStart = marker.map { $0 + 1 } ?? verb.end
        let content = contentStart..<max(contentStart, nextBreak(from: contentStart, in: sentence, commas: false))
        return Statement(
            speaker: speaker, mode: .indirect, verb: verb, content: [content], rule: .statementNoun, speakerTokens: speakerTokens)
    }
}
