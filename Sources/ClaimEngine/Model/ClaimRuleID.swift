import Lexicons
/// The two rules that produced a claim: the attribution rule that found who says it and the
/// typing rule that read what is said. The extract contract writes it `attribution/typing`
/// ("indirect-speech/attack-verb-active"), so `description` is part of the contract.
package struct ClaimRuleID: Sendable, Hashable, CustomStringConvertible {
    package let attribution: AttributionRule
    package let typing: TypingRule

    package init(attribution: AttributionRule, typing: TypingRule) {
        self.attribution = attribution
        self.typing = typing
    }

    package var description: String { "\(attribution.rawValue)/\(typing)" }
}

/// Which attribution rule produced a statement. The raw value is its name in the output.
package enum AttributionRule: String, CaseIterable, Sendable {
    /// The article's own voice.
    case narrator
    /// A ministry communiqué's own voice: the outlet is the speaker.
    case outletVoice = "outlet-voice"
    /// A signed social-media post: "Our positions are under fire. — Shushan Stepanyan".
    case signedPost = "signed-post"
    /// A labelled transcript line: "Zakharova: The sides must stop firing."
    case transcript
    case directQuote = "direct-quote"
    /// A quotation opened in an earlier sentence.
    case quoteContinued = "quote-continued"
    /// A sentence that goes on with the account of the sentence before: "It added that…".
    case continuedAccount = "continued-account"
    /// "…, the ministry said": the speaker after its verb.
    case speakerAfter = "speaker-after"
    /// "it was reported that…", with no speaker.
    case passiveSpeech = "passive-speech"
    /// "…, which said that…".
    case relativeClause = "relative-clause"
    /// "In a statement, the ministry…": a noun of speech carries the statement.
    case statementNoun = "statement-noun"
    case accordingTo = "according-to"
    case indirectSpeech = "indirect-speech"
    case denial
    case accusation
    case citing
    case appeal
    case welcome
}

/// Which typing rule read a claim. Its description is its name in the output.
package enum TypingRule: Sendable, Hashable, CustomStringConvertible {
    /// An attack word read in its construction and voice: `attack-verb-active`.
    case attack(AttackConstruction, AttackVoice)
    /// A denial of the other side's account of an attack: "denied that its forces had fired".
    case attackDeniedAccount
    /// An accusation that names only whom it blames: "Baku blamed Yerevan".
    case attackBlamed
    case casualties(Outcome)
    /// A denial of the other side's count of the denier's losses: "Baku refuted this".
    case casualtiesDeniedAccount
    /// Ground taken (`territory-seized`) or lost (`territory-lost`).
    case territory(seized: Bool)
    case ceasefire(CeasefireStatus)
    case appeal

    package var description: String {
        switch self {
        case .attack(let construction, let voice): "attack-\(construction.rawValue)-\(voice.rawValue)"
        case .attackDeniedAccount: "attack-denied-account"
        case .attackBlamed: "attack-blamed"
        case .casualties(let outcome): "casualties-\(outcome.rawValue)"
        case .casualtiesDeniedAccount: "casualties-denied-account"
        case .territory(let seized): seized ? "territory-seized" : "territory-lost"
        case .ceasefire(let status): "ceasefire-\(status.rawValue)"
        case .appeal: "appeal"
        }
    }
}

/// How an attack word makes an attack (see `AttackHead`).
package enum AttackConstruction: String, Sendable, Hashable {
    /// The attack words of the triggers lexicon, by their class.
    case verb, event, noun, intrusion
    /// "tried to seize heights".
    case attempt
    /// A support verb lends its subject to the noun: "launched an offensive".
    case support
    /// An action noun with an attack modifier: "retaliatory measures".
    case modifiedAction = "modified-action"
    /// An action noun with an agent: "measures taken by the army".
    case takenAction = "taken-action"
    /// A damage verb against ground or people: "destroyed the positions".
    case damage
    case blame
    /// A killing with its killer named: "killed by Azerbaijani forces".
    case killing
}

/// The voice that says which side of an attack word is the attacker.
package enum AttackVoice: String, Sendable, Hashable {
    case active, passive, nominal
}
