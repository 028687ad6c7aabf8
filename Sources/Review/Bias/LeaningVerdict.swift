import Lexicons

/// Which side an outlet's figures lean to, by a rule simple enough to check by hand.
///
/// Each of five measures casts a vote for a side when its figures clear a bar, and ownership a
/// sixth:
///
/// | measure | votes for a side when |
/// |---|---|
/// | voice | of at least 8 belligerents' claims, one side has at least 3 times the other's |
/// | narrator | of at least 3 own-voice claims that adopt an account, one side's account has at least 3 times the other's |
/// | verbs | both sides are quoted with verbs, at least 2 verbs cast doubt or lend credence, and the asymmetry is at least 0.25 |
/// | language | of at least 3 own-voice loaded terms and contested names, one leaning has at least 3 times the other's |
/// | omissions | the outlet leaves one side out of at least 2 periods and the other out of none |
/// | owner | the outlet is a state medium of that side (`state-media.tsv`) |
///
/// The verb asymmetry is (share of Azerbaijan's statements given a doubting verb − the same
/// share for Armenia) + (share of Armenia's given a crediting verb − the same for Azerbaijan):
/// positive favours Armenia. An outlet **leans** to a side when that side has at least two
/// votes and at least two more than the other side; otherwise it shows **none**.
package struct LeaningVerdict: Sendable {
    package enum Leaning: String, Sendable {
        case armenian, azerbaijani, none
    }

    package enum Measure: String, CaseIterable, Sendable {
        case voice, narrator, verbs, language, omissions
        /// Not measured from text: the side whose state owns the outlet.
        case owner
    }

    package struct Vote: Sendable, Equatable {
        package let measure: Measure
        /// The side the measure favours.
        package let side: Belligerent
    }

    package static let minimumClaims = 8
    package static let minimumAdoptions = 3
    package static let minimumLoadedVerbs = 2
    package static let minimumAsymmetry = 0.25
    package static let minimumWords = 3
    package static let ratio = 3
    package static let minimumPeriods = 2

    package let votes: [Vote]
    package let leaning: Leaning

    package init(
        voice: VoiceShare, narrator: NarratorTally, verbs: VerbUsage, language: LanguageTally, omissions: Omissions, owner: Belligerent?
    ) {
        var votes = Self.votes(
            voice: voice, narrator: narrator, verbs: verbs, language: language,
            bars: (adoptions: Self.minimumAdoptions, words: Self.minimumWords))
        for side in Belligerent.allCases
        where omissions.periodsLeavingOut(side.opponent) >= Self.minimumPeriods && omissions.periodsLeavingOut(side) == 0 {
            votes.append(Vote(measure: .omissions, side: side))
        }
        if let owner { votes.append(Vote(measure: .owner, side: owner)) }
        self.votes = votes
        leaning = Self.leaning(armenian: votes.count { $0.side == .armenia }, azerbaijani: votes.count { $0.side == .azerbaijan })
    }

    /// The votes of the measures an outlet and an article share; `bars` are the fewest
    /// adoptions and words that can vote (an article clears lower bars than an outlet).
    static func votes(
        voice: VoiceShare, narrator: NarratorTally, verbs: VerbUsage, language: LanguageTally, bars: (adoptions: Int, words: Int)
    ) -> [Vote] {
        var votes: [Vote] = []
        if let side = dominant(voice.armenia, voice.azerbaijan, minimum: minimumClaims) {
            votes.append(Vote(measure: .voice, side: side))
        }
        if let side = dominant(narrator.adopting(.armenia), narrator.adopting(.azerbaijan), minimum: bars.adoptions) {
            votes.append(Vote(measure: .narrator, side: side))
        }
        let loadedVerbs = Belligerent.allCases.reduce(0) { $0 + verbs.side($1).count(.doubt) + verbs.side($1).count(.credence) }
        if let asymmetry = asymmetry(verbs), loadedVerbs >= minimumLoadedVerbs, abs(asymmetry) >= minimumAsymmetry {
            votes.append(Vote(measure: .verbs, side: asymmetry > 0 ? .armenia : .azerbaijan))
        }
        if let side = dominant(language.count(.armenian), language.count(.azerbaijani), minimum: bars.words) {
            votes.append(Vote(measure: .language, side: side))
        }
        return votes
    }

    /// Two votes or more for a side, and two more than the other side has.
    static func leaning(armenian: Int, azerbaijani: Int) -> Leaning {
        if armenian >= 2 && armenian >= azerbaijani + 2 { return .armenian }
        if azerbaijani >= 2 && azerbaijani >= armenian + 2 { return .azerbaijani }
        return .none
    }

    /// The verb asymmetry (positive favours Armenia); nil unless both sides are quoted with verbs.
    package static func asymmetry(_ verbs: VerbUsage) -> Double? {
        let armenia = verbs.side(.armenia)
        let azerbaijan = verbs.side(.azerbaijan)
        guard let doubtArmenia = armenia.share(.doubt), let doubtAzerbaijan = azerbaijan.share(.doubt),
            let creditArmenia = armenia.share(.credence), let creditAzerbaijan = azerbaijan.share(.credence)
        else { return nil }
        return (doubtAzerbaijan - doubtArmenia) + (creditArmenia - creditAzerbaijan)
    }

    /// The side with at least `ratio` times the other's count, when the two add up to `minimum`.
    static func dominant(_ armenia: Int, _ azerbaijan: Int, minimum: Int, ratio: Int = ratio) -> Belligerent? {
        guard armenia + azerbaijan >= minimum else { return nil }
        if armenia >= ratio * azerbaijan { return .armenia }
        if azerbaijan >= ratio * armenia { return .azerbaijan }
        return nil
    }

    package func vote(_ measure: Measure) -> Belligerent? { votes.first { $0.measure == measure }?.side }
}
