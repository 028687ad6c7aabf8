import ClaimEngine
import Lexicons
import NewsText

/// The side that does what a loaded term names, read from the words around it, for the terms
/// whose leaning depends on it (`agent` blamed or credited in `loaded-terms.tsv`).
///
///     the Armenian military occupied Nagorno-Karabakh   agent armenia  (subject)
///     Armenian occupation, Azerbaijan's aggression      agent armenia, azerbaijan  (modifier)
///     villages occupied by Azerbaijani troops           agent azerbaijan  (passive "by")
///     aggression against Armenia                        agent azerbaijan  (what it is done against)
///     occupied Azerbaijani lands                        agent armenia  (the opponent of what is occupied)
///     Azerbaijani lands were occupied                   agent armenia  (a passive's subject is what is occupied)
///     Armenian villages liberated in 1992               agent armenia  (what is liberated is its liberator's)
///     Shusha was liberated                              no agent: the file's leaning stands
///
/// A side is a party or side word with a belligerent ("Armenian", "Baku", "Artsakh"); "our"
/// and "the enemy" count only in a paraphrase, where the speaker is known.
struct TermAgent {
    /// The sides named in the sentence, by token range; `adjective` for a demonym ("Armenian"),
    /// which can qualify the word after it.
    private let sides: [(tokens: Range<Int>, side: Belligerent, adjective: Bool)]
    /// The last tokens of words for those who act: people ("troops") and bodies ("army").
    private let actors: Set<Int>
    private let tokens: [Token]
    private let forms: [WordForm]
    private let sentence: Range<Int>

    /// How many words may stand between a term and its agent on the left ("the Armenian
    /// *armed forces have* occupied").
    static let reach = 4

    init(sentence index: Int, of analysis: ArticleAnalysis, speaker: Party?) {
        let found = analysis.mentions[index]
        var sides: [(tokens: Range<Int>, side: Belligerent, adjective: Bool)] = found.parties.compactMap { mention in
            mention.value.party.belligerent.map { (mention.tokens, $0, mention.value.role == .demonym) }
        }
        for mention in found.sides {
            if let side = mention.value.resolve(speaker: speaker?.belligerent), mention.value != .antecedent {
                sides.append((mention.tokens, side, false))
            }
        }
        self.sides = sides.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        actors = Set(found.nouns.filter { $0.value != .place }.map { $0.end - 1 } + found.offices.map { $0.end - 1 })
        self.tokens = analysis.document.tokens
        self.forms = analysis.forms
        self.sentence = found.sentence.tokens
    }

    /// The agent of the term on these tokens, or nil when the words do not name one.
    func agent(of term: Range<Int>, _ kind: LoadedTerm.Agent) -> Belligerent? {
        guard kind != .fixed else { return nil }
        // A term that is itself a side word names its agent: "the enemy" is the speaker's opponent.
        if let named = sides.first(where: { $0.tokens.overlaps(term) }), !named.adjective { return named.side }
        if let side = byAgent(after: term) { return side }
        let patient: Belligerent?
        if isPassive(term) {
            patient = sideBefore(term)
        } else if let side = sideBefore(term) {
            return side
        } else {
            patient = self.patient(after: term)
        }
        // What is occupied is the occupier's opponent's; what is liberated is its liberator's.
        return patient.map { kind == .blamed ? $0.opponent : $0 }
    }

    /// "occupied by (the) Azerbaijani troops".
    private func byAgent(after term: Range<Int>) -> Belligerent? {
        let end = min(sentence.upperBound, term.upperBound + Self.reach)
        guard let by = (term.upperBound..<end).first(where: { tokens[$0].key == FunctionWords.by }) else { return nil }
        guard !(term.upperBound..<by).contains(where: isBoundary) else { return nil }
        return side(startingNear: by + 1)
    }

    /// "was liberated", "were occupied", and a participle with no object after a noun that is
    /// not an actor ("lands occupied for decades", not "troops invaded on Tuesday"): the words
    /// before it name what it was done to.
    private func isPassive(_ term: Range<Int>) -> Bool {
        guard forms[term.lowerBound].inflection == .past || forms[term.lowerBound].ending == .past else { return false }
        var before = term.lowerBound - 1
        while before >= sentence.lowerBound, FunctionWords.verbAdverbs.contains(tokens[before].key) { before -= 1 }
        guard before >= sentence.lowerBound else { return false }
        let key = tokens[before].key
        if FunctionWords.passiveAuxiliaries.contains(key) { return true }
        guard !FunctionWords.verbGroup.contains(key), !FunctionWords.isGrammatical(key), !actors.contains(before) else { return false }
        return !startsObject(at: term.upperBound)
    }

    /// Whether an active verb's object could start here: a side, a determiner, a number or a word
    /// that is not grammar ("occupied the district", "occupied heights").
    private func startsObject(at index: Int) -> Bool {
        guard index < sentence.upperBound else { return false }
        let token = tokens[index]
        if sides.contains(where: { $0.tokens.lowerBound == index }) || FunctionWords.nounOpeners.contains(token.key) { return true }
        return token.kind == .number || (token.kind == .word && !FunctionWords.isGrammatical(token.key))
    }

    /// The side named right before the term, past a possessive, auxiliaries ("have") and a
    /// few words that are not grammar ("Armenian armed forces"); a determiner or a preposition
    /// ends the search ("condemned the occupation" names no agent). Before a noun, a word that
    /// looks like a verb ends it too, unless a side qualifies it: "Armenia condemned
    /// aggression" names no agent, "Armenian armed aggression" does.
    private func sideBefore(_ term: Range<Int>) -> Belligerent? {
        let isVerb = looksLikeVerb(term.upperBound - 1)
        var index = term.lowerBound
        var skipped = 0
        while index > sentence.lowerBound, skipped <= Self.reach {
            if let side = sides.last(where: { $0.tokens.upperBound == index }) { return side.side }
            let position = index - 1
            let token = tokens[position]
            let qualified = sides.contains { $0.adjective && $0.tokens.upperBound == position }
            let passable =
                token.kind == .possessive || FunctionWords.verbGroup.contains(token.key)
                || (token.kind == .word && !FunctionWords.isGrammatical(token.key)
                    && (isVerb || qualified || !looksLikeVerb(position)))
            guard passable else { return nil }
            index -= 1
            skipped += 1
        }
        return nil
    }

    private func looksLikeVerb(_ index: Int) -> Bool {
        [forms[index].inflection, forms[index].ending].contains { $0 == .past || $0 == .progressive }
    }

    /// The side the term is done to: named right after it ("invaded Armenia", "occupied
    /// Azerbaijani lands") or after "against" ("aggression against Armenia").
    private func patient(after term: Range<Int>) -> Belligerent? {
        let next = term.upperBound
        guard next < sentence.upperBound else { return nil }
        if FunctionWords.targetMarkers.contains(tokens[next].key) { return side(startingNear: next + 1) }
        return side(startingNear: next)
    }

    /// A side that starts at `index`, past determiners ("the Armenian army").
    private func side(startingNear index: Int) -> Belligerent? {
        var start = index
        while start < sentence.upperBound, FunctionWords.nounOpeners.contains(tokens[start].key) { start += 1 }
        return sides.first { $0.tokens.lowerBound == start }?.side
    }

    private func isBoundary(_ index: Int) -> Bool {
        let key = tokens[index].key
        return FunctionWords.clauseBreaks.contains(key) || key == FunctionWords.comma || key == FunctionWords.semicolon
    }
}
