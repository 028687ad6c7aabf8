import NewsText

/// The parties an article has named so far, for "he said", "the ministry added", "Wang".
///
/// A reference back resolves to the most recent compatible speaker: "he" and "the
/// spokeswoman" to a person, "the ministry" to a ministry (a defence ministry if it says
/// so), "the statement" and "it" to whoever spoke last. A surname alone resolves to the
/// party of the full name the article used before ("Gegham Stepanyan … Stepanyan said").
package struct SpeakerHistory: Sendable {
    private var speakers: [Speaker] = []
    private var surnames: [TokenKey: Party] = [:]

    package init() {}

    package mutating func record(_ speaker: Speaker) {
        guard speaker.party != .narrator else { return }
        speakers.append(speaker)
    }

    package mutating func recordSurname(_ key: TokenKey, party: Party) {
        surnames[key] = party
    }

    package func party(forSurname key: TokenKey) -> Party? { surnames[key] }

    /// The latest ministry speaker of a state: "the ministry in Yerevan" after "Armenia's
    /// defence ministry" is the defence ministry.
    package func ministry(of state: Party) -> Party? {
        speakers.last { ($0.role == .ministry || $0.role == .person) && ($0.party == state || $0.party == state.defenceBranch) }?.party
    }

    /// The latest speaker an office word alone can refer to.
    package func resolve(_ office: Office) -> Party? {
        for speaker in speakers.reversed() {
            switch office.role {
            case .person:
                if speaker.role == .person { return speaker.party }
            case .ministry:
                let isMinistry = speaker.role == .ministry || speaker.role == .person || speaker.role == .body
                let branchFits = office.branch != .defence || speaker.party.defenceBranch == speaker.party
                if isMinistry && branchFits && speaker.party != .other { return speaker.party }
            case .body:
                if speaker.role != .source { return speaker.party }
            case .statement:
                return speaker.party
            }
        }
        return nil
    }
}
