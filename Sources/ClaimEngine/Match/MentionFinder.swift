import NewsText

/// The match stage: runs every lexicon over a sentence's tokens.
package struct MentionFinder: Sendable {
    package let lexicon: Lexicon
    package let dateResolver: DateResolver
    package let countParser: CountParser

    package init(lexicon: Lexicon, dateResolver: DateResolver, countParser: CountParser) {
        self.lexicon = lexicon
        self.dateResolver = dateResolver
        self.countParser = countParser
    }

    package func mentions(in sentence: Sentence, of document: Document) -> SentenceMentions {
        let tokens = document.tokens
        let range = sentence.tokens
        var found = SentenceMentions(sentence: sentence)
        found.parties = Self.first(lexicon.parties.matcher.matches(in: tokens, range: range))
        found.offices = Self.first(lexicon.offices.matcher.matches(in: tokens, range: range))
        // A name outranks a verb inside it: "United States" is not "states".
        found.verbs = Self.first(lexicon.verbs.matcher.matches(in: tokens, range: range)).filter { verb in
            !found.parties.contains { $0.tokens.overlaps(verb.tokens) }
        }
        found.hedges = Self.first(lexicon.hedges.matcher.matches(in: tokens, range: range))
        found.triggers = lexicon.triggers.matcher.matches(in: tokens, range: range).map {
            Mention(tokens: $0.tokens, value: $0.value)
        }
        found.nouns = Self.first(lexicon.nouns.matcher.matches(in: tokens, range: range))
        found.places = Self.first(lexicon.places.matcher.matches(in: tokens, range: range))
        found.sides = Self.first(lexicon.sides.matcher.matches(in: tokens, range: range))
        found.loadedTerms = Self.first(lexicon.loadedTerms.matcher.matches(in: tokens, range: range))
        let text = document.article.body
        found.dates = dateResolver.dates(in: tokens, range: range, text: text, published: document.article.published)
        found.counts = countParser.counts(in: tokens, range: range, text: text)
        found.times = dateResolver.times(in: tokens, range: range, text: text)
        return found
    }

    private static func first<V>(_ matches: [PhraseMatcher<[V]>.Match]) -> [Mention<V>] {
        matches.compactMap { match in match.value.first.map { Mention(tokens: match.tokens, value: $0) } }
    }
}
