import Lexicons
import Review

/// A short plain-language reading of an outlet's figures, each sentence carrying the numbers
/// it rests on:
///
///     Leans Armenian: 4 of 5 measures point to Armenia's side (voice, narrator, verbs and
///     language). Of its 37 claims in its own voice, 26 take a side: it adopts Armenia's
///     account in 21 and Azerbaijan's in 5. Doubting verbs introduce 0 of 43 Armenian and
///     9 of 10 Azerbaijani ('claimed' ×8, 'claims' ×1) statements. …
package enum OutletBiasWording {
    package static func text(_ bias: OutletBias) -> String {
        [verdict(bias), official(bias), owner(bias), narrator(bias), verbs(bias), language(bias), voice(bias), omissions(bias)]
            .compactMap { $0 }.joined(separator: " ")
    }

    private static func verdict(_ bias: OutletBias) -> String {
        let votes = bias.verdict.votes
        let measures = { (side: Belligerent) in votes.filter { $0.side == side }.map(\.measure.rawValue) }
        // Ownership is a measure of state media only: any other outlet is read by the five of its text.
        let counted = LeaningVerdict.Measure.allCases.count - (bias.owner == nil ? 1 : 0)
        switch bias.verdict.leaning {
        case .armenian, .azerbaijani:
            let side: Belligerent = bias.verdict.leaning == .armenian ? .armenia : .azerbaijan
            let name = bias.verdict.leaning == .armenian ? "Armenian" : "Azerbaijani"
            return "Leans \(name): \(measures(side).count) of \(counted) measures point to"
                + " \(Wording.state(side))'s side (\(Wording.list(measures(side))))."
        case .none where votes.isEmpty:
            return "No leaning: none of the \(counted) measures points to either side."
        case .none:
            let parts = Belligerent.allCases.compactMap { side in
                measures(side).isEmpty ? nil : "\(Wording.list(measures(side))) to \(Wording.state(side))'s"
            }
            return "No consistent leaning: only \(Wording.list(parts)) side."
        }
    }

    private static func official(_ bias: OutletBias) -> String? {
        bias.official.map {
            "It is an official source: its own voice is \($0.rawValue)'s, so its figures describe that party's communiqués, not a newsroom's choices."
        }
    }

    private static func owner(_ bias: OutletBias) -> String? {
        bias.owner.map { "It is \(Wording.state($0))'s state media, which counts as one vote for \(Wording.state($0))'s side." }
    }

    private static func narrator(_ bias: OutletBias) -> String? {
        // An official outlet's own voice is its party's claims, counted under voice.
        guard bias.official == nil else { return nil }
        let tally = bias.narrator
        guard !tally.entries.isEmpty else { return "It makes no claims about the fighting in its own voice." }
        guard tally.decided > 0 else {
            return tally.entries.count == 1
                ? "It makes 1 claim in its own voice, which adopts neither side's account."
                : "It makes \(tally.entries.count) claims in its own voice, none of which adopts either side's account."
        }
        let (armenia, azerbaijan) = (tally.adopting(.armenia), tally.adopting(.azerbaijan))
        let (major, minor): (Belligerent, Belligerent) = armenia >= azerbaijan ? (.armenia, .azerbaijan) : (.azerbaijan, .armenia)
        let take = tally.decided == 1 ? "takes" : "take"
        return "Of its \(Wording.counted(tally.entries.count, "claim")) in its own voice, \(tally.decided) \(take) a side: it adopts"
            + " \(Wording.state(major))'s account in \(tally.adopting(major)) and \(Wording.state(minor))'s in \(tally.adopting(minor))."
    }

    private static func verbs(_ bias: OutletBias) -> String? {
        let sides = Belligerent.allCases.map { bias.verbs.side($0) }
        guard sides.contains(where: { !$0.isEmpty }) else { return nil }
        var sentences: [String] = []
        for (stance, name) in [(ReportingVerb.Stance.doubt, "Doubting"), (.credence, "Crediting")] {
            guard stance == .doubt || sides.contains(where: { $0.count(stance) > 0 }) else { continue }
            let parts = zip(Belligerent.allCases, sides).filter { !$0.1.isEmpty }.map { side, usage in
                let verbs = usage.count(stance) > 0 ? " (\(Wording.tally(usage.verbs(stance))))" : ""
                return "\(usage.count(stance)) of \(usage.statements) \(Wording.demonym(side))\(verbs)"
            }
            sentences.append("\(name) verbs introduce \(Wording.list(parts)) statements.")
        }
        return sentences.joined(separator: " ")
    }

    private static func language(_ bias: OutletBias) -> String {
        let (armenian, azerbaijani) = (bias.language.count(.armenian), bias.language.count(.azerbaijani))
        guard armenian + azerbaijani > 0 else { return "It uses no loaded terms or contested names in its own voice." }
        let examples = { (leaning: WordLeaning) in
            let words = bias.language.words(leaning).prefix(3).map { "'\($0.text)' ×\($0.count)" }
            return words.isEmpty ? "" : " (\(words.joined(separator: ", ")))"
        }
        let words = armenian == 1 ? "term or name" : "terms and names"
        return "In its own voice it uses \(armenian) Armenian-leaning \(words)\(examples(.armenian))"
            + " and \(azerbaijani) Azerbaijani-leaning\(examples(.azerbaijani))."
    }

    private static func voice(_ bias: OutletBias) -> String {
        let voice = bias.voice
        return
            "Of the claims it reports, \(voice.armenia) are Armenia's, \(voice.azerbaijan) Azerbaijan's and \(voice.third) third parties'."
    }

    private static func omissions(_ bias: OutletBias) -> String? {
        let periods = bias.omissions.periods.count
        guard periods > 0 else { return nil }
        let parts = Belligerent.allCases.map { side in
            let count = bias.omissions.periodsLeavingOut(side)
            return "\(Wording.state(side))'s in \(count == 0 ? "none" : String(count))"
        }
        let covered = periods == 1 ? "the 1 period it covered" : "the \(periods) periods it covered"
        guard Belligerent.allCases.contains(where: { bias.omissions.periodsLeavingOut($0) > 0 }) else {
            return "In \(covered), it quotes every side other outlets quoted."
        }
        return "Of \(covered), it leaves out a side other outlets quoted: \(Wording.list(parts))."
    }
}
