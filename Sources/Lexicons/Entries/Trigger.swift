/// A word that makes a statement a claim of one kind (`triggers.tsv`): `shell	attack	verb`.
///
/// Rows name lemmas and word classes; the claim rules read each class's slots in the clause
/// (a verb's subject and object, a noun's modifier and agent), so one row covers every
/// inflection and most phrasings of its word.
package struct Trigger: LexiconEntry, Equatable {
    package enum Sense: Equatable, Sendable {
        /// Attack words, by the part they play in the clause.
        case attack(AttackWord)
        /// A loss of people; `counted`: only with a count of people ("49 casualties", not
        /// "suffered casualties").
        case casualties(Outcome, counted: Bool)
        /// Territory taken (`seized`: the subject takes it) or given up (`lost`); `named`: the
        /// word names the ground itself ("territorial losses"), so no place need follow.
        /// `standing`: a state that lasts rather than an event ("occupied", "under the control
        /// of"), which has no date.
        case territory(seized: Bool, named: Bool = false, standing: Bool = false)
        /// The ceasefire itself.
        case truce
        /// A word that names a ceasefire only in an article that has named one ("the deal",
        /// "the agreement").
        case truceAnaphor
        /// A word that says what happened to a ceasefire.
        case ceasefireStatus(CeasefireStatus)
        /// What an appeal asks for in itself: restraint, talks, de-escalation.
        case appeal
        /// A word that asks to stop what the fighting word next to it names: "halt military
        /// activities", "stop the bloodshed", "hostilities cease". Said as a fact ("the fighting
        /// was halted") it reports a ceasefire.
        case halt
        /// A word that asks to end the fighting word next to it ("an end to the hostilities");
        /// said as a fact ("after the war ended") it reports no ceasefire.
        case end
        /// What an appeal verb may ask for that is no appeal in itself: "called for peace talks
        /// to resume", "insisted that the agreement be honoured".
        case appealTopic
    }

    /// The part an attack word plays.
    package enum AttackWord: String, CaseIterable, Sendable {
        /// A verb whose use decides its voice: `shelled Jermuk` (active), `was shelled`
        /// (passive), `the shelling of Jermuk` (nominal). Its plain noun names a thing, not an
        /// attack: `shells`, `targets`.
        case verb
        /// A verb whose plain noun is the attack too: `attacked` and `an attack on`, `fired`
        /// and `artillery fire`.
        case event
        /// A noun that is an attack in itself: `aggression`, `provocation`, `offensive`; its `of`
        /// names the attacker ("the provocation of the Armenian units").
        case noun
        /// A noun of entering ground: `invasion`, `incursion`; its `of` names the ground
        /// entered ("the invasion of Armenia").
        case intrusion
        /// A noun that is an attack only as the object of a support verb or with an attack
        /// modifier: `launched an operation`, `retaliatory measures`, `used artillery`.
        case action
        /// An adjective that makes an action noun an attack: `military`, `retaliatory`.
        case modifier
        /// A light verb whose object names the attack, made by its subject: `launch`, `take`.
        case support
        /// A light verb whose subject undergoes the attack: `come under`, `be subjected to`.
        case passive
        /// A verb that is an attack only against ground or people: `destroyed the positions`.
        case damage
        /// Blame put on a side: `the responsibility lies with Armenia`, `Baku bears full
        /// responsibility` — an attack claim with the blamed side as the attacker.
        case blame
        /// A word that tells an attack as a later phase of fighting already under way: `the
        /// resumed offensive`, `renewed shelling`, `shelled the positions again`. It is not
        /// where the fighting started.
        case resumption
    }

    package static let columns = ["phrase", "kind", "value"]
    package static let allowsSeveralPerPhrase = true

    package let sense: Sense

    package init(sense: Sense) { self.sense = sense }

    package init(fields: ArraySlice<String>) throws(LexiconValueError) {
        let values = Array(fields)
        let kind = try LexiconValueError.read("kind", values[0], as: ClaimKind.self)
        let value = values[1]
        switch kind {
        case .attack:
            sense = .attack(try LexiconValueError.read("attack word", value, as: AttackWord.self))
        case .casualties:
            let counted = value.hasSuffix("-if-counted")
            let outcomeName = counted ? String(value.dropLast("-if-counted".count)) : value
            let outcome = try LexiconValueError.read("outcome", outcomeName, as: Outcome.self)
            guard outcome != .positionsLost else {
                throw LexiconValueError("positions-lost is a territory claim; use kind territory, value lost")
            }
            sense = .casualties(outcome, counted: counted)
        case .territory:
            switch value {
            case "seized": sense = .territory(seized: true)
            case "lost": sense = .territory(seized: false)
            case "lost-ground": sense = .territory(seized: false, named: true)
            case "held": sense = .territory(seized: true, standing: true)
            case "seized-ground": sense = .territory(seized: true, named: true)
            default: throw LexiconValueError("unknown territory value `\(value)`; one of: seized, lost, lost-ground, seized-ground, held")
            }
        case .ceasefire:
            switch value {
            case "truce": sense = .truce
            case "anaphor": sense = .truceAnaphor
            default:
                let status = try LexiconValueError.read("ceasefire value", value, as: CeasefireStatus.self)
                guard status != .mentioned else {
                    throw LexiconValueError("a word that names a ceasefire is `truce`; `mentioned` is what a claim says when no status word is found")
                }
                sense = .ceasefireStatus(status)
            }
        case .appeal:
            switch value {
            case "restraint": sense = .appeal
            case "halt": sense = .halt
            case "topic": sense = .appealTopic
            case "end": sense = .end
            default: throw LexiconValueError("unknown appeal value `\(value)`; one of: restraint, halt, end, topic")
            }
        }
    }
}
