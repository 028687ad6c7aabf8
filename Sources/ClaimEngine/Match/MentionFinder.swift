import Lexicons
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

    /// The lexicon form of every token of a document: the keys the phrase lexicons match.
    package func forms(of document: Document) -> [WordForm] {
        lexicon.lemmatizer.forms(of: document)
    }

    /// Every lexicon's mentions in one sentence; `forms` are the document's, from `forms(of:)`.
    package func mentions(in sentence: Sentence, of document: Document, forms: [WordForm]) -> SentenceMentions {
        let tokens = document.tokens
        let range = sentence.tokens
        var found = SentenceMentions(sentence: sentence)
        func matches<Entry>(_ lexicon: PhraseLexicon<Entry>) -> [Mention<[Entry]>] {
            lexicon.matcher.matches(in: tokens, keys: forms, range: range)
        }
        found.parties = Self.first(matches(lexicon.parties))
        found.offices = Self.first(matches(lexicon.offices))
        // A name or an office outranks a verb inside it: "United States" is not "states", nor
        // "Secretary of State" a statement.
        found.verbs = Self.first(matches(lexicon.verbs)).filter { verb in
            !found.parties.contains { $0.tokens.overlaps(verb.tokens) }
                && !found.offices.contains { $0.tokens.count > verb.tokens.count && $0.tokens.overlaps(verb.tokens) }
        }
        found.nominalVerbs = Set(found.verbs.filter { Self.isNounUse($0, found, tokens: tokens, forms: forms) }.map(\.start))
        found.hedges = Self.first(matches(lexicon.hedges))
        found.triggers = matches(lexicon.triggers)
        found.nouns = Self.first(matches(lexicon.nouns))
        found.places = Self.first(matches(lexicon.places))
        found.sides = Self.first(matches(lexicon.sides))
        found.loadedTerms = Self.first(matches(lexicon.loadedTerms))
        let text = document.article.body
        found.dates = dateResolver.dates(in: tokens, range: range, text: text, published: document.article.published)
        found.times = dateResolver.times(in: tokens, range: range, text: text)
        found.counts = countParser.counts(in: tokens, range: range, text: text, besides: found.dates.map(\.tokens) + found.times.map(\.tokens))
        return found
    }

    /// A reporting verb's word used as a noun: "the report said", "his appeal in March",
    /// "Baku's claims that", "Azerbaijani allegations". Verbs whose pattern is a noun
    /// ("statement that") are nouns by design.
    private static func isNounUse(_ verb: Mention<ReportingVerb>, _ found: SentenceMentions, tokens: [Token], forms: [WordForm]) -> Bool {
        guard verb.value.pattern != .noun, verb.start > found.sentence.tokens.lowerBound else { return false }
        let inflection = forms[verb.start].inflection
        guard inflection == .base || inflection == .plural else { return false }
        let before = tokens[verb.start - 1]
        if before.kind == .possessive || FunctionWords.determiners.contains(before.key)
            || found.parties.contains(where: { $0.end == verb.start && $0.value.role == .demonym })
        {
            return true
        }
        // "at a combat post", "the latest report": a determiner and a modifier before it.
        guard verb.start - 2 >= found.sentence.tokens.lowerBound else { return false }
        let twoBefore = tokens[verb.start - 2]
        return FunctionWords.determiners.contains(twoBefore.key) && before.kind == .word && !before.isCapitalized
            && !FunctionWords.isGrammatical(before.key) && forms[verb.start - 1].ending == .base
    }

    private static func first<V>(_ matches: [Mention<[V]>]) -> [Mention<V>] {
        matches.compactMap { match in match.value.first.map { Mention(tokens: match.tokens, value: $0) } }
    }
}
