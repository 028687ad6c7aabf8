import Lexicons
import NewsText

/// The parties an article has named so far, for "he said", "the ministry added", "Wang".
///
/// A reference back resolves to the most recent compatible speaker: "he" and "the
/// spokeswoman" to a person, "the ministry" to a ministry (a defence ministry if it says
/// so), "the statement" and "it" to whoever spoke last. A surname alone resolves to the
/// party of the full name the article used before ("Gegham Stepanyan … Stepanyan said").
package struct SpeakerHistory: Sendable {
    /// The latest speaker of each role and party, the most recent last. Every lookup asks for
    /// the latest speaker of some roles and parties, which an earlier speaker of the same role
    /// and party never is: so the history of the longest article is a few dozen speakers, and
    /// a lookup reads no more.
    private var speakers: [Speaker] = []
    private var surnames: [TokenKey: Party] = [:]

    package init() {}

    /// An article's history before its first sentence: in an official outlet's text (a
    /// ministry communiqué), "the Secretary-General" or "he" with no one named before is the
    /// outlet's own party.
    package init(outletVoice: Party?) {
        if let outletVoice { record(Speaker(party: outletVoice, phrase: nil, role: .person)) }
    }

    package mutating func record(_ speaker: Speaker) {
        guard speaker.party != .narrator else { return }
        if let earlier = speakers.lastIndex(where: { $0.role == speaker.role && $0.party == speaker.party }) {
            speakers.remove(at: earlier)
        }
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
                let isOfficial = speaker.role == .ministry || speaker.role == .person || speaker.role == .body
                guard isOfficial, speaker.party != .other else { continue }
                if let party = branch(office, of: speaker.party) { return party }
            case .body:
                if speaker.role != .source { return speaker.party }
            case .statement:
                return speaker.party
            }
        }
        // "Armenia said … the foreign ministry said": a ministry of the state last named.
        if office.role == .ministry, let state = speakers.last(where: { $0.role == .state && $0.party != .other }) {
            return office.branch == .defence ? state.party.defenceBranch : state.party.governmentBranch
        }
        // "China hopes …, its envoy said. … he said": with no person named before, a pronoun
        // refers to the latest speaker.
        if office.role == .person, let latest = speakers.last(where: { $0.role != .source }) { return latest.party }
        return nil
    }

    /// The party an office of a speaker's state is, in the branch the office names; nil when
    /// a defence office meets a speaker that is not one ("the defence ministry" never refers
    /// back to a prime minister).
    private func branch(_ office: Office, of party: Party) -> Party? {
        switch office.branch {
        case .defence: party.defenceBranch == party ? party : nil
        case .government: party.governmentBranch
        case .unspecified: party
        }
    }
}
