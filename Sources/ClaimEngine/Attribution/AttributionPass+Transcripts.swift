import Lexicons
import NewsText

extension AttributionPass {
    /// `Mao Ning: China calls on both sides …` at the start of a line.
    func transcriptLabel(_ found: SentenceMentions) -> (speaker: Speaker, content: Range<Int>, phrase: Range<Int>)? {
        let sentence = found.sentence.tokens
        guard tokens[sentence.lowerBound].startsLine else { return nil }
        guard let colon = sentence.prefix(6).first(where: { tokens[$0].key == FunctionWords.colon }),
            colon + 1 < sentence.upperBound, tokens[colon + 1].kind != .openQuote,
            // The label ends with the speaker's name, not a thing of theirs ("X's terror: …").
            found.parties.contains(where: { $0.end == colon }) || found.offices.contains(where: { $0.end == colon }),
            let speaker = resolve(sentence.lowerBound..<colon, found)
        else { return nil }
        return (speaker, (colon + 1)..<sentence.upperBound, sentence.lowerBound..<colon)
    }
}
