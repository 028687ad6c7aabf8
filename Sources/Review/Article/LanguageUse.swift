import Lexicons
import NewsText

/// One use of a loaded term or a contested place name in an article, and in whose voice.
package struct LanguageUse: Sendable {
    package enum Kind: Sendable {
        /// A `loaded-terms.tsv` phrase, with the wording to suggest.
        case term(neutral: String)
        /// A contested name from `places.tsv`, with the wording to suggest ("Stepanakert (Khankendi)").
        case place(id: String, suggestion: String, rivals: [String])
    }

    /// Where the words stand in the text as written.
    package enum Voice: Sendable {
        /// The article's own words: not quoted, not what a source is reported to say.
        case own
        /// Inside what an attributed statement says in reported speech: "Baku said its army
        /// responded to provocations".
        case paraphrase(Party)
        /// Inside quotation marks (double, or single scare quotes): the source's own words.
        case quoted
    }

    package let kind: Kind
    package let leaning: WordLeaning
    /// The sentence, by index, and the words as written.
    package let sentence: Int
    package let tokens: Range<Int>
    package let range: ByteRange
    package let text: String
    package let voice: Voice
    /// For a place name: the article has already named the place another way (at or before
    /// this sentence), so the reader has both names.
    package let paired: Bool
    /// For a term whose leaning depends on who does what it names: the side the text makes its
    /// agent ("Armenian occupation": armenia), which decided `leaning`; nil when none is named.
    package let agent: Belligerent?

    package var isOwnVoice: Bool { voice.isOwn }

    package var isQuoted: Bool { voice.isQuoted }
}

extension LanguageUse.Voice {
    /// The article's own words.
    package var isOwn: Bool {
        if case .own = self { return true }
        return false
    }

    /// The source's own words.
    package var isQuoted: Bool {
        if case .quoted = self { return true }
        return false
    }

    /// The party whose words these are reported to be, for "our" and "the enemy"; nil for the
    /// article's own words and quotations, whose speaker the words alone do not give.
    var speaker: Party? {
        if case .paraphrase(let party) = self { return party }
        return nil
    }
}
