import Lexicons
import NewsText

/// Everything the lexicons find in one sentence: the input of attribution and claim typing.
package struct SentenceMentions: Sendable {
    package let sentence: Sentence
    package var parties: [Mention<PartyAlias>] = []
    package var offices: [Mention<Office>] = []
    package var verbs: [Mention<ReportingVerb>] = []
    /// Reporting verbs used as nouns, by first token: "the claims of the ministry that …",
    /// "Baku's statement", "his appeal".
    package var nominalVerbs: Set<Int> = []
    package var hedges: [Mention<Hedge>] = []
    package var triggers: [Mention<[Trigger]>] = []
    package var nouns: [Mention<NounClass>] = []
    package var places: [Mention<PlaceName>] = []
    package var sides: [Mention<SideWord>] = []
    package var loadedTerms: [Mention<LoadedTerm>] = []
    package var dates: [DateMention] = []
    package var counts: [CountMention] = []
    package var times: [TimeMention] = []
    /// Whether an earlier sentence of the article named a ceasefire, so "the deal" or "it"
    /// may refer to one.
    package var followsTruce = false

    package init(sentence: Sentence) {
        self.sentence = sentence
    }

    /// The last person the sentence names before `index`: who "he" or "him" there refers to
    /// ("talks between Lavrov and his counterparts, in which he urged them …").
    package func person(before index: Int) -> Mention<PartyAlias>? {
        parties.last { $0.value.role == .person && $0.end <= index }
    }
}
