import NewsText

/// English function words the rules navigate by: clause boundaries and prepositions.
///
/// These are grammar, not vocabulary: an editor extending coverage adds names, verbs and
/// triggers in `Lexicons/`, never these.
package enum FunctionWords {
    /// Words that start a new clause: "Baku said A, while Yerevan insisted B".
    package static let clauseBreaks: Set<TokenKey> = keys("while whereas but although though however")
    /// Words that open a subordinate clause, so a speaker after them is that clause's own:
    /// "Russia brokers ceasefire after Armenia and Azerbaijan accuse each other".
    package static let subordinators: Set<TokenKey> = keys("after when as because since before once")
    package static let that = TokenKey("that")
    package static let by = TokenKey("by")
    package static let from = TokenKey("from")
    package static let of = TokenKey("of")
    package static let the = TokenKey("the")
    /// Prepositions that start an adverbial, not an object: "taken prisoner near Jabrayil".
    package static let prepositions = keys("near in at on during after before by from inside outside")
    /// Prepositions that tie people to a side: "soldiers of the Armenian army", "people on the Armenian side".
    package static let belonging = keys("of on")
    package static let not = keys("not no never")
    package static let and = TokenKey("and")
    /// What may stand between coordinated names: "Russia, the United States and France".
    package static let coordination = keys("and , the of")
    package static let comma = TokenKey(",")
    package static let colon = TokenKey(":")
    package static let semicolon = TokenKey(";")
    package static let openParen = TokenKey("(")
    package static let questionMark = TokenKey("?")
    /// Words before the hour something happened: "at 08:10", "from 9 am".
    package static let timeIntroducers = keys("at from")
    package static let approximately = keys("around about approximately roughly")
    /// Words before a running total: "risen to 525", "put the number at 84".
    package static let totalling = keys("to at")

    private static func keys(_ words: String) -> Set<TokenKey> {
        Set(words.split(separator: " ").map { TokenKey(String($0)) })
    }
}
