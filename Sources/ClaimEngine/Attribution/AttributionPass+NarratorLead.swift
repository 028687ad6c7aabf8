import Lexicons
import NewsText

extension AttributionPass {
    /// A clause the article asserts before a speaker's clause: "Azerbaijani troops invade
    /// Armenia near Black Lake, Yerevan demands withdrawal", "Russia brokers ceasefire after
    /// Armenia and Azerbaijan accuse each other …". Only a clause that names a party or side
    /// and is no speaker's words.
    func narratorLead(of statements: [Statement], in found: SentenceMentions) -> Statement? {
        let sentence = found.sentence.tokens
        // "Armenia and Azerbaijan reached agreement on a ceasefire, but immediately accused …":
        // the clause before a joined verb is the writer's.
        if let joined = statements.compactMap(\.leadEnd).min(), joined > sentence.lowerBound + 1 {
            let lead = sentence.lowerBound..<joined
            guard !found.triggers.inside(lead).isEmpty else { return nil }
            return Statement(speaker: .narrator, mode: .unattributed, verb: nil, content: [lead], rule: .narrator)
        }
        let starts = statements.compactMap { $0.speakerTokens?.lowerBound ?? $0.verb?.start }
        guard let first = starts.min(), first > sentence.lowerBound + 1,
            tokens[first - 1].key == FunctionWords.comma || FunctionWords.subordinators.contains(tokens[first - 1].key)
        else { return nil }
        let lead = sentence.lowerBound..<(first - 1)
        let spoken = statements.contains { statement in statement.content.contains { $0.overlaps(lead) } }
        // A side, or a ceasefire: "Minutes after the ceasefire went into effect, the Armenian
        // military accused …".
        let namesSide = !found.parties.inside(lead).isEmpty || !found.sides.inside(lead).isEmpty
            || found.triggers.inside(lead).contains { $0.value.contains { $0.sense == .truce } }
        guard !spoken, namesSide, !found.triggers.inside(lead).isEmpty, !found.verbs.contains(where: { lead.contains($0.start) })
        else { return nil }
        return Statement(speaker: .narrator, mode: .unattributed, verb: nil, content: [lead], rule: .narrator)
    }

    /// A clause the article adds after a speaker's words, opened by ", and" or ", but" and a
    /// subject of its own: "The two sides traded accusations of starting the fighting, and
    /// these clashes are the deadliest since the 2020 war, which left thousands dead." Only
    /// after an accusation, whose words end at it (`newClause`).
    func narratorTail(of statements: [Statement], in found: SentenceMentions) -> Statement? {
        let sentence = found.sentence.tokens
        guard let last = statements.last, last.verb?.value.pattern == .accuse, let words = last.content.last,
            words.upperBound < sentence.upperBound, newClause(in: words.upperBound..<sentence.upperBound) == words.upperBound
        else { return nil }
        let tail = (words.upperBound + 1)..<sentence.upperBound
        guard !statements.contains(where: { $0.content.contains { $0.overlaps(tail) } }), !found.triggers.inside(tail).isEmpty else {
            return nil
        }
        return Statement(speaker: .narrator, mode: .unattributed, verb: nil, content: [tail], rule: .narrator)
    }
}
