/// A word that carries one side's framing (`loaded-terms.tsv`): `liberated	azerbaijani	retook`.
///
/// The extractor does not read these; the attribution check and the outlet bias report do,
/// so an editor can extend the list without touching extraction.
package struct LoadedTerm: LexiconEntry, Equatable {
    package static let columns = ["phrase", "leaning", "neutral"]
    package static let allowsSeveralPerPhrase = false

    /// Whose framing the word carries: armenian or azerbaijani, never neutral.
    package let leaning: PlaceName.Leaning
    /// The wording to suggest instead: "retook", "Nagorno-Karabakh".
    package let neutral: String

    package init(fields: ArraySlice<String>) throws(LexiconValueError) {
        let values = Array(fields)
        leaning = try LexiconValueError.read("leaning", values[0], as: PlaceName.Leaning.self)
        guard leaning != .neutral else {
            throw LexiconValueError("a loaded term leans to one side; use armenian or azerbaijani (a neutral word is not loaded)")
        }
        neutral = values[1]
    }
}
