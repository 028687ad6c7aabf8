import Lexicons
import NewsText

/// Who a statement is attributed to: the party and the words that name it.
package struct Speaker: Sendable, Equatable {
    /// What kind of speaker the words name; "he" refers back to a person, "the ministry" to a ministry.
    package enum Role: Sendable, Equatable {
        case person, ministry, body, state, source
    }

    package let party: Party
    /// The speaker phrase as written ("Armenia's defence ministry", "he"); empty for the narrator.
    package let phrase: ByteRange?
    package let role: Role

    package init(party: Party, phrase: ByteRange?, role: Role) {
        self.party = party
        self.phrase = phrase
        self.role = role
    }

    package static let narrator = Speaker(party: .narrator, phrase: nil, role: .source)
}
