/// An English form the suffix rules cannot reach (`inflections.tsv`): `struck	strike	past`.
package struct IrregularForm: LexiconEntry, Equatable {
    package static let columns = ["form", "lemma", "inflection"]
    package static let allowsSeveralPerPhrase = false

    /// The lemma as written; the lemmatizer keys it.
    package let lemma: String
    package let inflection: Inflection

    package init(fields: ArraySlice<String>) throws(LexiconValueError) {
        let values = Array(fields)
        lemma = values[0]
        switch values[1] {
        case "past": inflection = .past
        case "plural": inflection = .plural
        case "progressive": inflection = .progressive
        default: throw LexiconValueError("unknown inflection `\(values[1])`; one of: past, plural, progressive")
        }
        guard !lemma.contains(" ") else { throw LexiconValueError("a lemma is one word; found `\(lemma)`") }
    }
}
