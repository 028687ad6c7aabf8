/// A place name of the conflict (`places.tsv`): `Khankendi	stepanakert-khankendi	azerbaijani`.
///
/// Rival names of one place share the place id; `leaning` is whose usage the name follows.
package struct PlaceName: LexiconEntry, Equatable {
    package static let columns = ["name", "place", "leaning"]
    package static let allowsSeveralPerPhrase = false

    package let place: String
    package let leaning: WordLeaning

    package init(fields: ArraySlice<String>) throws(LexiconValueError) {
        let values = Array(fields)
        place = values[0]
        leaning = try LexiconValueError.read("leaning", values[1], as: WordLeaning.self)
        guard place.utf8.allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }) else {
            throw LexiconValueError("place id `\(place)` must be lower-case letters, digits and hyphens")
        }
    }
}

/// Whose framing a word carries — a place name's usage (`Khankendi` is Azerbaijan's), a loaded
/// term's (`liberated`) — or none (`neutral`). An outlet's leaning is `LeaningVerdict.Leaning`.
package enum WordLeaning: String, CaseIterable, Sendable { case armenian, azerbaijani, neutral }
