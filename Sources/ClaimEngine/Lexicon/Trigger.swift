/// A word that makes a statement a claim of one kind (`triggers.tsv`): `shelled	attack	active`.
package struct Trigger: LexiconEntry, Equatable {
    package enum Sense: Equatable, Sendable {
        /// Attack verbs and nouns, by where the aggressor stands.
        case attack(Voice)
        case casualties(Outcome)
        /// Territory taken (`seized`: the subject takes it) or given up (`lost`).
        case territory(seized: Bool)
        /// The ceasefire itself.
        case truce
        /// A word that says what happened to a ceasefire.
        case ceasefireStatus(CeasefireStatus)
        /// What an appeal asks for.
        case appeal
    }

    package enum Voice: String, CaseIterable, Sendable {
        /// `Azerbaijani forces shelled Jermuk`: aggressor before, target after.
        case active
        /// `positions came under fire from Azerbaijani forces`: target before, aggressor after.
        case passive
        /// `Armenian provocations`, `aggression by Azerbaijan`.
        case nominal
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
            sense = .attack(try LexiconValueError.read("attack voice", value, as: Voice.self))
        case .casualties:
            let outcome = try LexiconValueError.read("outcome", value, as: Outcome.self)
            guard outcome != .positionsLost else {
                throw LexiconValueError("positions-lost is a territory claim; use kind territory, value lost")
            }
            sense = .casualties(outcome)
        case .territory:
            guard value == "seized" || value == "lost" else {
                throw LexiconValueError("unknown territory value `\(value)`; one of: seized, lost")
            }
            sense = .territory(seized: value == "seized")
        case .ceasefire:
            if value == "truce" {
                sense = .truce
            } else {
                let status = try LexiconValueError.read("ceasefire value", value, as: CeasefireStatus.self)
                sense = .ceasefireStatus(status)
            }
        case .appeal:
            sense = .appeal
        }
    }
}
