import Lexicons
import NewsText

/// What attribution remembers as it reads: surnames, names set beside an office, the official
/// who opens the article — so a speaker named in full once is known when it comes back short.
extension AttributionPass {
    /// Remembers surnames of full names, so "Stepanyan said" later finds its party.
    /// "Geng Shuang, China's Permanent Representative to the UN, said": a name the lexicons do
    /// not know, set beside the office it holds, speaks for that office's party when it comes
    /// back alone ("Geng Shuang stated").
    mutating func rememberApposedName(of statement: Statement, in found: SentenceMentions) {
        guard let phrase = statement.speakerTokens, phrase.lowerBound >= found.sentence.tokens.lowerBound + 3,
            tokens[phrase.lowerBound - 1].key == FunctionWords.comma, statement.speaker.party != .other
        else { return }
        var start = phrase.lowerBound - 1
        while start > found.sentence.tokens.lowerBound, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized {
            start -= 1
        }
        let name = start..<(phrase.lowerBound - 1)
        guard name.count >= 2, name.count <= 4, !found.parties.contains(where: { $0.tokens.overlaps(name) }) else { return }
        for index in name { history.recordSurname(tokens[index].key, party: statement.speaker.party) }
    }

    /// An official who opens a sentence without speaking is who "the envoy", "he" or "it"
    /// next refers to: "China's special envoy Li Hui toured Baku. The envoy said …",
    /// "Azerbaijan's defence ministry issued a statement. It said …". A name no lexicon knows
    /// right after the office is remembered as that party's. Only people and ministries: an
    /// army or a body that opens a sentence is more often acting than about to speak.
    mutating func recordOpeningOfficial(of found: SentenceMentions) {
        let sentence = found.sentence.tokens
        guard let office = found.offices.first, office.start - sentence.lowerBound <= 3,
            office.value.role == .person || office.value.role == .ministry
        else { return }
        var end = office.end
        while end < sentence.upperBound, end - office.end < 3, tokens[end].kind == .word, tokens[end].isCapitalized { end += 1 }
        let phrase = sentence.lowerBound..<end
        guard let speaker = resolve(phrase, found), speaker.party != .other else { return }
        history.record(speaker)
        let name = office.end..<end
        if name.count >= 2, !found.parties.contains(where: { $0.tokens.overlaps(name) }) {
            for index in name { history.recordSurname(tokens[index].key, party: speaker.party) }
        }
    }

    mutating func recordNames(in found: SentenceMentions) {
        for mention in found.parties where mention.value.role == .person && mention.tokens.count >= 2 {
            history.recordSurname(tokens[mention.end - 1].key, party: mention.value.party)
        }
    }
}
