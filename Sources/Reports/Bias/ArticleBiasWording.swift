import Lexicons
import Review
import Writers

/// A plain-language reading of one article's figures, each sentence carrying the numbers it
/// rests on:
///
///     Leans Azerbaijani as written (sourcing): it quotes only Azerbaijan's side on who
///     attacked, the losses or lost ground (5 claims), and Armenia's nowhere.
///
/// A leaning that ownership alone gives says so first, so no reader takes it for the text's.
package enum ArticleBiasWording {
    /// The reading of `bias`, one of `outlet`'s articles.
    package static func text(_ bias: ArticleBias, of outlet: OutletBias) -> String {
        guard let leaning = bias.verdict.leaning else {
            return "It carries no claim about the conflict: there is nothing to read."
        }
        let figures = bias.figures
        let parts: [String?] = [
            verdict(leaning, bias.verdict),
            outlet.official.map { "It is an official source: its own voice is \(Wording.party($0))'s." },
            outlet.owner.map { "Its outlet is \(Wording.state($0))'s state media." },
            sourcing(figures), thirdParties(figures), narrator(figures), language(figures), verbs(bias.verdict, figures.verbs),
        ]
        return parts.compactMap { $0 }.joined(separator: " ")
    }

    private static func verdict(_ leaning: LeaningVerdict.Leaning, _ verdict: ArticleVerdict) -> String {
        switch leaning {
        case .armenian, .azerbaijani:
            let side: Belligerent = leaning == .armenian ? .armenia : .azerbaijan
            let written = verdict.textMeasures(for: side)
            guard !written.isEmpty else {
                return "Leans \(Wording.demonym(side)) by its owner, not as written: no measure of the text points to either side."
            }
            return "Leans \(Wording.demonym(side)) as written (\(Wording.list(written)))"
                + (verdict.vote(.owner) == side ? " and by its owner." : ".")
        case .none:
            let parts = Belligerent.allCases.compactMap { side in
                verdict.measures(for: side).isEmpty ? nil : "\(Wording.list(verdict.measures(for: side))) to \(Wording.state(side))'s"
            }
            return parts.isEmpty ? "Reads no side." : "Reads no side: only \(Wording.list(parts)) side."
        }
    }

    private static func sourcing(_ figures: ArticleBias.Figures) -> String? {
        guard let side = figures.oneSided else { return nil }
        let claims = figures.contested == 1 ? "1 claim" : "\(figures.contested) claims"
        return "It quotes only \(Wording.state(side))'s side on who attacked, the losses or lost ground (\(claims)),"
            + " and \(Wording.state(side.opponent))'s nowhere."
    }

    /// An article that quotes only third parties carries neither side's account, whatever its outlet.
    private static func thirdParties(_ figures: ArticleBias.Figures) -> String? {
        let voice = figures.voice
        guard voice.armenia + voice.azerbaijan == 0, voice.third > 0 else { return nil }
        return "It quotes neither side: \(voice.third == 1 ? "its claim is a third party's" : "its \(voice.third) claims are third parties'")."
    }

    private static func narrator(_ figures: ArticleBias.Figures) -> String? {
        let tally = figures.narrator
        guard tally.decided > 0 else { return nil }
        let claims = tally.entries.count == 1 ? "1 claim" : "\(tally.entries.count) claims"
        return "In its own voice it adopts Armenia's account in \(tally.adopting(.armenia)) and Azerbaijan's in"
            + " \(tally.adopting(.azerbaijan)) of \(claims)."
    }

    private static func language(_ figures: ArticleBias.Figures) -> String? {
        // The most used of each leaning, so a few words of one side never hide the other's.
        let words = figures.language.words(.armenian).prefix(3) + figures.language.words(.azerbaijani).prefix(3)
        guard !words.isEmpty else { return nil }
        let listed = words.map { "'\($0.text)' ×\($0.count) (\(Wording.adjective($0.leaning)))" }
        return "In its own voice it uses \(listed.joined(separator: ", "))."
    }

    private static func verbs(_ verdict: ArticleVerdict, _ verbs: VerbUsage) -> String? {
        guard let side = verdict.vote(.verbs), let asymmetry = LeaningVerdict.asymmetry(verbs) else { return nil }
        return "Its reporting verbs favour \(Wording.state(side)) (asymmetry \(FixedPoint.text(asymmetry, places: 2)))."
    }
}
