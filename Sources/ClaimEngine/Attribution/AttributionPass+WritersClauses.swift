import Lexicons
import NewsText

/// The writer's own clauses in a sentence that reports a speaker: before the speaker's clause
/// (`narratorLead`), after an accusation's words (`narratorTail`), and an aside on what became
/// of a truce a speaker names (`withoutAsides`).
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

    /// A clause the writer sets off to say what became of a truce a speaker names: "blamed
    /// each other for breaking the ceasefire, which went into effect around noon, with new
    /// attacks". A ", which" right after the truce word, up to the next comma, with a status
    /// of the truce and no reporting verb. The speakers' words give it up (`withoutAsides`).
    func truceAsides(in found: SentenceMentions) -> [(truce: Int, clause: Range<Int>)] {
        let sentence = found.sentence.tokens
        var asides: [(truce: Int, clause: Range<Int>)] = []
        for truce in found.triggers where truce.value.contains(where: { $0.sense == .truce || $0.sense == .truceAnaphor }) {
            let comma = truce.end
            guard comma + 2 < sentence.upperBound, tokens[comma].key == FunctionWords.comma, tokens[comma + 1].key == FunctionWords.which
            else { continue }
            var end = comma + 2
            while end < sentence.upperBound, tokens[end].key != FunctionWords.comma { end += 1 }
            let clause = (comma + 1)..<end
            let tellsStatus = found.triggers.inside(clause).contains { mention in
                mention.value.contains { if case .ceasefireStatus = $0.sense { true } else { false } }
            }
            guard tellsStatus, !found.verbs.contains(where: { clause.contains($0.start) }) else { continue }
            asides.append((truce.start, clause))
        }
        return asides
    }

    /// The statements without the writer's asides, and the asides, with the truce they speak
    /// of, as the writer's own words.
    func withoutAsides(_ statements: [Statement], in found: SentenceMentions) -> [Statement] {
        let truces = truceAsides(in: found)
        guard !truces.isEmpty else { return statements }
        let asides = truces.map(\.clause)
        var result = statements.map { statement -> Statement in
            guard statement.speaker.party != .narrator else { return statement }
            var runs: [Range<Int>] = []
            for run in statement.content {
                var start = run.lowerBound
                for aside in asides where run.contains(aside.lowerBound) {
                    if start < aside.lowerBound { runs.append(start..<aside.lowerBound) }
                    start = min(run.upperBound, aside.upperBound)
                }
                if start < run.upperBound { runs.append(start..<run.upperBound) }
            }
            return statement.with(content: runs)
        }
        let spoken = truces.filter { aside in
            statements.contains { $0.speaker.party != .narrator && $0.content.contains { $0.contains(aside.clause.lowerBound) } }
        }
        if !spoken.isEmpty {
            let runs = spoken.map { $0.truce..<$0.clause.upperBound }
            result.append(Statement(speaker: .narrator, mode: .unattributed, verb: nil, content: runs, rule: .narrator))
        }
        return result
    }
}
