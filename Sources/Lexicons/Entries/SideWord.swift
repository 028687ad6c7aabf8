/// A word for a side that is not a speaker (`sides.tsv`): `Artsakh	armenia`, `enemy	enemy`,
/// `both sides	both`.
package enum SideWord: String, CaseIterable, LexiconEntry {
    case armenia, azerbaijan
    /// The speaker's own side: "our positions", "its soldiers".
    case `self`
    /// The speaker's opponent: "the enemy".
    case enemy
    /// Both belligerents at once: "both sides", "the two countries". As a speaker it is each
    /// government in turn ("the two sides blamed each other"); it names no one side.
    case both
    /// A possessive that refers back: the side named before it in the clause ("the enemy
    /// lost its positions"), else the speaker's own ("the ministry said its units…").
    case antecedent

    package static let columns = ["phrase", "side"]
    package static let allowsSeveralPerPhrase = false

    package init(fields: ArraySlice<String>) throws(LexiconValueError) {
        self = try LexiconValueError.read("side", Array(fields)[0], as: SideWord.self)
    }

    /// The belligerent meant, given the speaker's side (nil for a third party's "our").
    package func resolve(speaker: Belligerent?) -> Belligerent? {
        switch self {
        case .armenia: .armenia
        case .azerbaijan: .azerbaijan
        case .self: speaker
        case .enemy: speaker?.opponent
        case .antecedent: speaker
        case .both: nil
        }
    }
}
