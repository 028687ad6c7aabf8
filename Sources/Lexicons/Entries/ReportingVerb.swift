/// A verb that introduces what someone says (`verbs.tsv`): `claimed	doubt	speech`.
package struct ReportingVerb: LexiconEntry, Equatable {
    /// What the verb does to the reader's trust in the statement.
    package enum Stance: String, CaseIterable, Sendable { case neutral, doubt, credence }

    /// The sentence shape the verb opens.
    package enum Pattern: String, CaseIterable, Sendable {
        /// `X said (that) …`, `"…," X said`.
        case speech
        /// `X denied (that) …`: the content is negated.
        case deny
        /// `X accused Y of …`: Y is the aggressor.
        case accuse
        /// `according to X, …`: the speaker follows the verb.
        case according
        /// `Y, citing X, …`: X is the source of Y's report.
        case citing
        /// `X urged …`, `X called for …`: an appeal when it asks for restraint, talks or a truce.
        case appeal
        /// `Macron welcomed the agreement`: said of a ceasefire, welcoming it is a ceasefire
        /// claim by the one who welcomes it.
        case welcome
        /// `Baku's statement that …`, `Azerbaijani allegations that …`: a noun for what was
        /// said; the speaker is the name just before it.
        case noun
    }

    package static let columns = ["phrase", "stance", "pattern"]
    package static let allowsSeveralPerPhrase = false

    package let stance: Stance
    package let pattern: Pattern

    package init(fields: ArraySlice<String>) throws(LexiconValueError) {
        let values = Array(fields)
        stance = try LexiconValueError.read("stance", values[0], as: Stance.self)
        pattern = try LexiconValueError.read("pattern", values[1], as: Pattern.self)
    }
}
