import NewsText

/// Everything the lexicons find in one sentence: the input of attribution and claim typing.
package struct SentenceMentions: Sendable {
    package let sentence: Sentence
    package var parties: [Mention<PartyAlias>] = []
    package var offices: [Mention<Office>] = []
    package var verbs: [Mention<ReportingVerb>] = []
    package var hedges: [Mention<Hedge>] = []
    package var triggers: [Mention<[Trigger]>] = []
    package var nouns: [Mention<NounClass>] = []
    package var places: [Mention<PlaceName>] = []
    package var sides: [Mention<SideWord>] = []
    package var loadedTerms: [Mention<LoadedTerm>] = []
    package var dates: [DateMention] = []
    package var counts: [CountMention] = []
    package var times: [TimeMention] = []

    package init(sentence: Sentence) {
        self.sentence = sentence
    }
}
