/// A word that carries one side's framing (`loaded-terms.tsv`): `liberate	azerbaijani	retake	credited`.
///
/// The extractor does not read these; the attribution check and the outlet bias report do,
/// so an editor can extend the list without touching extraction.
package struct LoadedTerm: LexiconEntry, Equatable {
    package static let columns = ["phrase", "leaning", "neutral", "agent"]
    /// The header before the `agent` column: its rows read as `fixed`.
    package static let earlierColumns = [["phrase", "leaning", "neutral"]]
    package static let allowsSeveralPerPhrase = false

    /// How the side that does what the word names decides whose framing it carries.
    ///
    /// "Armenian occupation" and "the Armenian military occupied Nagorno-Karabakh" cast Armenia
    /// as the wrongdoer, Azerbaijan's framing; "the Azerbaijani occupation of Artsakh" casts
    /// Azerbaijan, Armenia's. "Liberated" credits whoever liberates.
    package enum Agent: String, CaseIterable, Sendable {
        /// The word leans the same way whoever is named with it: "Artsakh", "so-called".
        case fixed
        /// The word casts its agent as the wrongdoer: it carries the agent's opponent's framing.
        case blamed
        /// The word credits its agent: it carries the agent's own framing.
        case credited
    }

    /// Whose framing the word carries when the text names no agent: armenian or azerbaijani.
    package let leaning: WordLeaning
    /// The wording to suggest instead: "retook", "Nagorno-Karabakh".
    package let neutral: String
    package let agent: Agent

    package init(fields: ArraySlice<String>) throws(LexiconValueError) {
        let values = Array(fields)
        leaning = try LexiconValueError.read("leaning", values[0], as: WordLeaning.self)
        guard leaning != .neutral else {
            throw LexiconValueError("a loaded term leans to one side; use armenian or azerbaijani (a neutral word is not loaded)")
        }
        neutral = values[1]
        agent = values.count > 2 ? try LexiconValueError.read("agent", values[2], as: Agent.self) : .fixed
    }

    /// The wording to suggest, with `{agent}` in it ("{agent} control") filled with the
    /// adjective of the side the sentence names, so the suggestion never turns the sentence's
    /// side around ("the Azerbaijani occupation" → "Azerbaijani control", not "Armenian
    /// control"). With no side named, the writer is asked to say whose: "control (say whose)".
    package func suggestion(agent side: Belligerent?) -> String {
        guard neutral.contains("{agent}") else { return neutral }
        guard let side else { return neutral.replacingOccurrences(of: "{agent} ", with: "") + " (say whose)" }
        return neutral.replacingOccurrences(of: "{agent}", with: side.demonym)
    }

    /// Whose framing the word carries when `agent` is the side that does what it names.
    package func leaning(agent side: Belligerent?) -> WordLeaning {
        guard let side else { return leaning }
        switch agent {
        case .fixed: return leaning
        case .blamed: return WordLeaning(side.opponent)
        case .credited: return WordLeaning(side)
        }
    }
}

extension WordLeaning {
    /// The leaning of a side's own framing: Armenia's is armenian.
    package init(_ side: Belligerent) {
        self = side == .armenia ? .armenian : .azerbaijani
    }
}
