import Lexicons
import NewsText

/// Reads a speaker phrase ("Armenian Prime Minister Nikol Pashinyan", "a spokesperson for
/// Azerbaijan's defence ministry", "the ministry", "he") and names the party behind it.
///
/// In order of preference: a person's name; a state with an office (a defence office makes
/// it the defence ministry); a state, capital or demonym alone; an institution such as the
/// Kremlin; another source (journalists, outlets, witnesses); an office or pronoun alone,
/// which refers back through the history; a surname the article introduced before.
package struct SpeakerResolver: Sendable {
    package init() {}

    package func resolve(
        _ phrase: Range<Int>, in mentions: SentenceMentions, tokens: [Token], history: SpeakerHistory
    ) -> Speaker? {
        guard !phrase.isEmpty else { return nil }
        let parties = mentions.parties.inside(phrase)
        let offices = mentions.offices.inside(phrase)
        // "…, and the Azerbaijani defence ministry rejected it": the conjunction joins clauses;
        // it is no part of the speaker's name.
        let named = phrase.count > 1 && FunctionWords.joiningVerbs.contains(tokens[phrase.lowerBound].key) ? phrase.dropFirst() : phrase
        let bytes = tokens.bytes(spanning: named)
        let hasDefenceOffice = offices.contains { $0.value.branch == .defence }
        let officeRole: Speaker.Role =
            offices.contains { $0.value.role == .person } ? .person
            : offices.contains { $0.value.role == .ministry } ? .ministry : .body

        if let person = parties.first(where: { $0.value.role == .person }) {
            return Speaker(party: person.value.party, phrase: bytes, role: .person)
        }
        // "Azerbaijani media", "Armenian military experts": a demonym describing a source
        // that does not speak for the state.
        // "the ministry's preliminary data": a source a named body owns is that body's.
        let owned = { (mention: Mention<PartyAlias>) in
            (max(phrase.lowerBound, mention.start - 3)..<mention.start).contains { tokens[$0].kind == .possessive }
        }
        let sources = parties.filter { ($0.value.role == .group || $0.value.role == .outlet) && !owned($0) }
        let describesSource = { (mention: Mention<PartyAlias>) in
            mention.value.role == .demonym && sources.contains { $0.start >= mention.end && $0.start - mention.end <= 1 }
        }
        // … and a source at the head of the phrase is the subject: "Relatives gathered outside
        // the ministry in Yerevan, saying …".
        let headedBySource = sources.contains { $0.start <= phrase.lowerBound + 1 }
        if !sources.isEmpty, headedBySource || parties.filter({ $0.value.role.namesState }).allSatisfy(describesSource) {
            return Speaker(party: .other, phrase: bytes, role: .source)
        }
        if let state = parties.first(where: { $0.value.role.namesState }) {
            let unspecified = !offices.isEmpty && offices.allSatisfy { $0.value.branch == .unspecified }
            let party = hasDefenceOffice ? state.value.party.defenceBranch
                : unspecified ? history.ministry(of: state.value.party) ?? state.value.party : state.value.party
            return Speaker(party: party, phrase: bytes, role: offices.isEmpty ? .state : officeRole)
        }
        if let institution = parties.first(where: { $0.value.role == .office }) {
            let party = hasDefenceOffice ? institution.value.party.defenceBranch : institution.value.party
            return Speaker(party: party, phrase: bytes, role: .body)
        }
        if !sources.isEmpty {
            return Speaker(party: .other, phrase: bytes, role: .source)
        }
        // "the two sides", "both countries": each government in turn (see `coordinated`).
        if mentions.sides.contains(where: { $0.value == .both && phrase.contains($0.start) }) {
            return Speaker(party: .armeniaGov, phrase: bytes, role: .state)
        }
        // "talks between Lavrov and his counterparts, in which he urged them …": a person named
        // earlier in the sentence is who a person's office alone refers to, before anyone of
        // the sentences before.
        if !offices.isEmpty, officeRole == .person, let named = mentions.person(before: phrase.lowerBound) {
            return Speaker(party: named.value.party, phrase: bytes, role: .person)
        }
        if let office = offices.last, let party = history.resolve(office.value) {
            return Speaker(party: party, phrase: bytes, role: officeRole)
        }
        for index in phrase where tokens[index].kind == .word && tokens[index].isCapitalized {
            if let party = history.party(forSurname: tokens[index].key) {
                return Speaker(party: party, phrase: bytes, role: .person)
            }
        }
        if hasProperName(phrase, tokens) {
            return Speaker(party: .other, phrase: bytes, role: .source)
        }
        return nil
    }

    /// The parties of a coordinated speaker phrase, one per state or person named:
    /// "Baku and Yerevan", "the Armenian and Azerbaijani defence ministries", "the presidents
    /// of Russia, the United States and France". Empty when the phrase names one party or
    /// its names are not joined by "and" ("Pashinyan, after a call with Putin").
    package func coordinated(_ phrase: Range<Int>, in mentions: SentenceMentions, tokens: [Token]) -> [Party] {
        // "the two sides blamed each other", "officials of both countries said".
        if mentions.sides.contains(where: { $0.value == .both && phrase.contains($0.start) }),
            !mentions.parties.contains(where: { phrase.contains($0.start) && $0.value.role != .demonym })
        {
            let defence = mentions.offices.contains { phrase.contains($0.start) && $0.value.branch == .defence }
            return defence ? [.armeniaMod, .azerbaijanMod] : [.armeniaGov, .azerbaijanGov]
        }
        let named = mentions.parties.inside(phrase).filter { $0.value.role != .group && $0.value.role != .outlet }
        guard named.count >= 2, let first = named.first, let last = named.last,
            (first.end..<last.start).contains(where: { tokens[$0].key == FunctionWords.and })
        else { return [] }
        let offices = mentions.offices.inside(phrase)
        let joined = (first.start..<last.end).allSatisfy { index in
            let token = tokens[index]
            return named.contains { $0.tokens.contains(index) } || offices.contains { $0.tokens.contains(index) }
                || FunctionWords.coordination.contains(token.key) || token.isCapitalized || token.kind == .possessive
        }
        guard joined else { return [] }
        let defence = offices.contains { $0.value.branch == .defence }
        var parties: [Party] = []
        for mention in named {
            let party = defence && mention.value.role.namesState ? mention.value.party.defenceBranch : mention.value.party
            if !parties.contains(party) { parties.append(party) }
        }
        return parties.count >= 2 ? parties : []
    }

    /// Two capitalised words in a row that the lexicon does not know: "Gegham Stepanyan".
    private func hasProperName(_ phrase: Range<Int>, _ tokens: [Token]) -> Bool {
        var run = 0
        for index in phrase {
            let token = tokens[index]
            run = token.kind == .word && token.isCapitalized ? run + 1 : 0
            if run >= 2 { return true }
        }
        return false
    }
}
