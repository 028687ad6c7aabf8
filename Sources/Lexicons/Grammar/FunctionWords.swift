import NewsText

/// English function words the rules navigate by: clause boundaries and prepositions.
///
/// These are grammar, not vocabulary: an editor extending coverage adds names, verbs and
/// triggers in `Lexicons/`, never these.
package enum FunctionWords {
    /// Words that start a new clause: "Baku said A, while Yerevan insisted B".
    package static let clauseBreaks: TokenKeySet = keys("while whereas but although though however")
    /// Words that open a subordinate clause, so a speaker after them is that clause's own:
    /// "Russia brokers ceasefire after Armenia and Azerbaijan accuse each other".
    package static let subordinators: TokenKeySet = keys("after when as because since before once")
    /// What introduces the attack a loss came from: "killed when …", "wounded during the
    /// attack", "killed in a drone strike".
    package static let lossCauses: TokenKeySet = subordinators.union(keys("during in amid"))
    /// Words that open a relative clause: "the truce, which was announced …".
    package static let relatives: TokenKeySet = keys("that which who whom whose")
    /// What may not fill a lexicon pattern's gap: the start of another clause.
    package static let gapStoppers: TokenKeySet = clauseBreaks.union(relatives)
    /// Prepositions: a verb's object follows it directly ("launched [a fresh] offensive"),
    /// never across one ("began with provocations").
    package static let objectPrepositions: TokenKeySet = keys(
        "of in on at by from with into onto against over under through toward towards near during after before since until for to about across along")
    /// How a lexicon pattern writes a gap: `launch … attack`.
    package static let gapMarks: TokenKeySet = [TokenKey("…"), TokenKey("...")]
    package static let that = TokenKey("that")
    package static let which = TokenKey("which")
    /// Prepositions of a goal: "steps towards the signing of a peace treaty" is not yet signed.
    package static let goals: TokenKeySet = keys("towards toward")
    /// "dismissed the allegations as provocation": what follows names what the speaker calls it.
    package static let `as` = TokenKey("as")
    package static let to = TokenKey("to")
    /// Verbs of trying: "tried to seize" is an attack, not ground taken.
    package static let attempts: TokenKeySet = keys("try tries tried trying attempt attempts attempted attempting seek seeks sought seeking")
    /// What opens the content of a noun for what was said: "claims that …", "reports about …".
    package static let contentMarkers: TokenKeySet = keys("that about")
    /// What introduces the source after such a noun: "the claims of the ministry", "reports by Baku".
    package static let sourceIntroducers: TokenKeySet = keys("of by from")
    /// Forms of "be" and "get" before a participle make a passive: "were shelled", "got hit".
    package static let passiveAuxiliaries: TokenKeySet = keys("be is are was were been being am get gets got gotten getting")
    /// What may stand between a noun and a participle that completes it: "measures have
    /// (also) been taken".
    package static let auxiliaries: TokenKeySet = passiveAuxiliaries.union(keys("have has had having")).union(verbAdverbs)
    /// Verbs that stand before another's infinitive without a subject of their own: "appeared
    /// to be holding", "seems to hold".
    package static let raising: TokenKeySet = keys("appear appears appeared seem seems seemed to")
    /// Words that make the noun after them a noun: "the attack", "its shelling".
    package static let determiners: TokenKeySet = keys(
        "a an the this these those its their his her our my your any every each another some no such")
    /// Prepositions that introduce what an attack noun hits: "an attack on", "strikes against".
    package static let targetMarkers: TokenKeySet = keys("on against at into upon targeting toward towards")
    /// Words that make what follows a threat, a condition or a wish: "will respond to any new
    /// attack", "if Armenia attacks".
    package static let hypothetical: TokenKeySet = keys("will would could might may can if unless")
    /// Words before a count that names part of another: "207, including three civilians".
    package static let partMarkers: TokenKeySet = keys("including among incl")
    package static let them = TokenKey("them")
    package static let another = TokenKey("another")
    /// Words that say a state goes on: "remained under the control of", "still under".
    package static let continuing: TokenKeySet = keys("remain remains remained remaining still")
    /// An age after its number and hyphen: "20-year-old" is `20`, `-`, `year-old`.
    package static let yearOld = TokenKey("year-old")
    package static let hyphen = TokenKey("-")
    /// "a civilian": one person.
    package static let indefiniteArticles: TokenKeySet = keys("a an another")
    /// Verbs of an ongoing report: "the Azerbaijani side is continuing its shelling",
    /// "infrastructure remains under attack".
    package static let presentTense: TokenKeySet = keys("is are has have seems seem continues continue remains remain")
    package static let with = TokenKey("with")
    package static let `in` = TokenKey("in")
    /// Where people fell or came from: "killed in Artsakh", "from Armenia's Massis region".
    package static let origins: TokenKeySet = keys("in from")
    /// What joins a verb to the clause before it: "… and urged", "…, but accused".
    package static let joiningVerbs: TokenKeySet = keys("and but")
    /// What joins two counted groups: "293 soldiers and three civilians".
    package static let coordinators: TokenKeySet = keys("and ,")
    /// What adds a counted group to people already named: "officers and 30 soldiers",
    /// "officers plus 30 soldiers".
    package static let adding: TokenKeySet = keys("and plus")
    /// The same in several words, each word by word: "as well as 30 soldiers", "along with 36 civilians".
    package static let addingPhrases: [[TokenKey]] = ["as well as", "along with", "together with"].map { phrase in
        phrase.split(separator: " ").map { TokenKey(String($0)) }
    }
    /// Verbs that put blame with someone: "the responsibility lies with …".
    package static let blameVerbs: TokenKeySet = keys("lie lies lay lying rest rests rested resting")
    /// Words that join two days into a range: "from March 8 to March 9".
    package static let rangeWords: TokenKeySet = keys("to until till through")
    /// The first person: in an official text, the body that publishes it.
    package static let firstPerson: TokenKeySet = keys("we i")
    /// Modals of what would or could be, not what is: "we would have lost", "it should pave".
    package static let conditional: TokenKeySet = keys("would could might should")
    package static let `if` = TokenKey("if")
    /// Modals that reported speech uses for the future: "said the truce would hold".
    package static let backshifted: TokenKeySet = keys("would could")
    package static let have = TokenKey("have")
    /// Pronouns for a person as an object: "urged him to …".
    package static let personObjects: TokenKeySet = keys("him her")
    /// Possessive pronouns: "their advance" is someone's, whoever the clause's subject is.
    package static let possessivePronouns: TokenKeySet = keys("their his her")
    /// Words before a participle that identify people rather than report a loss: "those
    /// killed", "the injured soldiers".
    package static let identifying: TokenKeySet = keys("those the")
    /// Verbs and nouns that hand people back: "exchange prisoners of war", "the release of
    /// captives", "returned the bodies" — a humanitarian act, not a loss reported.
    package static let handingBack: TokenKeySet = keys(
        "exchange exchanged exchanging exchanges swap swapped swapping release released releasing return returned returning"
            + " repatriate repatriated repatriation handover")
    package static let any = TokenKey("any")
    /// Particles that make a phrasal verb of another meaning: "take up positions".
    package static let particles: TokenKeySet = keys("up down off out over")
    /// Determiners that refer back: "the attack", "this latest provocation".
    package static let definite: TokenKeySet = keys("the this that these those")
    /// Pronouns that point back at what was just said: "refuted this", "denied these".
    package static let demonstratives: TokenKeySet = keys("this these those")
    /// Words after which a base form is a verb: "to attack", "will strike", "did not fire".
    package static let verbMarkers: TokenKeySet = keys(
        "to will would shall should must can could may might did does do not never")
    /// Modals of obligation and wish: what follows them is asked for, not reported ("it
    /// should be respected", "must stop").
    package static let deontic: TokenKeySet = keys("should must need needs ought")
    /// Adverbs that may stand between an auxiliary and its verb: "were also shelled".
    package static let verbAdverbs: TokenKeySet = keys(
        "also again reportedly allegedly repeatedly heavily intensively continuously still already just then now further"
            + " systematically constantly deliberately once intensely immediately later earlier")
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

    // Unions the rules test word by word, built once.
    /// Words that open a subordinate clause: "after", "because", "which", "who".
    package static let subordinating: TokenKeySet = subordinators.union(relatives)
    /// Words between a subject and its main verb: "will", "has been", "appeared to".
    package static let verbGroup: TokenKeySet = auxiliaries.union(raising)
    /// Words that open a noun phrase, "that" and "those" among them: "breaching that deal".
    package static let nounOpeners: TokenKeySet = determiners.union(definite)
    /// Words that join a verb or a clause to the one before: "and", "but", a comma.
    package static let joiners: TokenKeySet = joiningVerbs.union(coordinators)
    /// Words that join two outcomes of one count: "killed or went missing", "killed and wounded".
    package static let outcomeJoiners: TokenKeySet = coordinators.union(keys("or"))
    /// Words before the object of a preposition or an attack: "in Armenia", "on Armenia".
    package static let objectMarkers: TokenKeySet = prepositions.union(targetMarkers)

    /// Prepositions, conjunctions, auxiliaries and determiners: words that never make the
    /// word before them a modifier ("attack on", "attack was", not "attack drones").
    package static let grammatical: TokenKeySet = auxiliaries.union(determiners).union(relatives).union(clauseBreaks)
        .union(subordinators).union(
            keys("on against of in at by from near along across into toward towards with without during until over under through"
                + " upon and or nor to for than then there here first again now today yesterday tonight overnight early"))

    package static func isGrammatical(_ key: TokenKey) -> Bool { grammatical.contains(key) }

    private static func keys(_ words: String) -> TokenKeySet {
        TokenKeySet(words.split(separator: " ").map { TokenKey(String($0)) })
    }
}
