import Lexicons

/// Which side one article leans to, read from that text alone.
///
/// An editor's outlet is often one article in a corpus, and a partisan text shows itself
/// within one article: its own voice tells one side's account of who attacked in that side's
/// words, or it carries one side's account and no other. The measures are the outlet's, with
/// bars for one text, plus **sourcing**:
///
/// | measure | votes for a side when |
/// |---|---|
/// | voice | as for an outlet |
/// | narrator | of at least 2 own-voice claims that adopt an account, one side's has at least 3 times the other's |
/// | verbs | as for an outlet |
/// | language | of at least 2 own-voice loaded terms and contested names, one leaning has at least 3 times the other's |
/// | sourcing | at least 3 claims on who attacked, the losses or lost ground, all from that side, and the other side quoted nowhere |
/// | owner | as for an outlet: its outlet is that side's state medium |
///
/// The article leans to a side with at least two votes and two more than the other side (the
/// outlet rule), or when it is one-sided for that side, or published by that side's state
/// medium, and no measure points the other way. Ownership speaks where the text is silent:
/// what a state medium chooses to relay answers to its owner, and no measure of one text sees
/// that choice; any measure of the text that points the other way outweighs it. An article with
/// no claim has nothing to read: its leaning is nil.
package struct ArticleVerdict: Sendable {
    package static let minimumAdoptions = 2
    package static let minimumWords = 2
    package static let minimumSourced = 3

    /// The measures an article shares with an outlet (no omissions: one article covers too few
    /// incidents), with ownership.
    package let votes: [LeaningVerdict.Vote]
    /// The side the article alone quotes on contested points, when it clears the bar.
    package let sourcing: Belligerent?
    /// nil when the article carries no claim.
    package let leaning: LeaningVerdict.Leaning?

    package init(_ figures: ArticleBias.Figures, owner: Belligerent?) {
        var votes = LeaningVerdict.votes(
            voice: figures.voice, narrator: figures.narrator, verbs: figures.verbs, language: figures.language,
            bars: (adoptions: Self.minimumAdoptions, words: Self.minimumWords))
        if let owner { votes.append(LeaningVerdict.Vote(measure: .owner, side: owner)) }
        let sourcing = figures.contested >= Self.minimumSourced ? figures.oneSided : nil
        self.votes = votes
        self.sourcing = sourcing
        guard figures.claims > 0 else {
            leaning = nil
            return
        }
        let count = { (side: Belligerent) in votes.count { $0.side == side } + (sourcing == side ? 1 : 0) }
        let outletRule = LeaningVerdict.leaning(armenian: count(.armenia), azerbaijani: count(.azerbaijan))
        if outletRule != .none {
            leaning = outletRule
        } else if let side = [sourcing, owner].compactMap({ $0 }).first(where: { count($0.opponent) == 0 }) {
            leaning = LeaningVerdict.Leaning(side)
        } else {
            leaning = LeaningVerdict.Leaning.none
        }
    }

    package func vote(_ measure: LeaningVerdict.Measure) -> Belligerent? { votes.first { $0.measure == measure }?.side }

    /// The measures of the text that point to a side, by name, sourcing last.
    package func textMeasures(for side: Belligerent) -> [String] {
        votes.filter { $0.side == side && $0.measure != .owner }.map(\.measure.rawValue) + (sourcing == side ? ["sourcing"] : [])
    }

    /// Every measure that points to a side, ownership after the text's.
    package func measures(for side: Belligerent) -> [String] {
        textMeasures(for: side) + (vote(.owner) == side ? [LeaningVerdict.Measure.owner.rawValue] : [])
    }
}

extension LeaningVerdict.Leaning {
    /// A side's own leaning: Armenia's is armenian.
    package init(_ side: Belligerent) {
        self = side == .armenia ? .armenian : .azerbaijani
    }
}
