import ClaimEngine
import Lexicons
import Review

/// How parties, sides and claims are named in the sentences the check and the bias pages
/// write for people.
package enum Wording {
    /// "1 article", "3 articles": a count with its noun in the number the count takes.
    package static func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
    }

    /// "Armenia", "Azerbaijan".
    package static func state(_ side: Belligerent) -> String { side.displayName }

    /// "Armenian", "Azerbaijani".
    package static func demonym(_ side: Belligerent) -> String { side.demonym }

    /// "Armenia's", "Azerbaijan's": whose framing a loaded word carries.
    package static func framing(_ leaning: WordLeaning) -> String {
        switch leaning {
        case .armenian: "Armenia's"
        case .azerbaijani: "Azerbaijan's"
        case .neutral: "no side's"
        }
    }

    /// "Armenian", "Azerbaijani", "neutral".
    package static func adjective(_ leaning: WordLeaning) -> String {
        switch leaning {
        case .armenian: "Armenian"
        case .azerbaijani: "Azerbaijani"
        case .neutral: "neutral"
        }
    }

    /// "Armenia's defence ministry", "Russia", "other sources" (`Party.displayName`).
    package static func party(_ party: Party) -> String { party.displayName }

    /// What a claim asserts, for a reason: "that Azerbaijan attacked Armenia",
    /// "Armenian losses (nearly 50 killed)".
    package static func assertion(_ claim: Claim) -> String {
        switch claim.kind {
        case .attack:
            let aggressor = claim.aggressor.map(state) ?? "someone"
            let target = claim.target.map { " " + state($0) } ?? ""
            return claim.negated ? "that \(aggressor) did not attack\(target)" : "that \(aggressor) attacked\(target)"
        case .casualties:
            let figure = [claim.count?.text, claim.outcome?.rawValue].compactMap { $0 }.joined(separator: " ")
            return "\(victim(claim.victim)) losses" + (figure.isEmpty ? "" : " (\(figure))")
        case .territory:
            return "that \(victim(claim.victim)) positions were lost"
        case .ceasefire:
            return "the state of the ceasefire"
        case .appeal:
            return "an appeal"
        }
    }

    /// "Armenian", "Azerbaijani civilian", "unnamed".
    private static func victim(_ victim: Victim?) -> String {
        switch victim {
        case .armenia: "Armenian"
        case .azerbaijan: "Azerbaijani"
        case .civiliansArmenia: "Armenian civilian"
        case .civiliansAzerbaijan: "Azerbaijani civilian"
        case nil: "unnamed"
        }
    }

    /// `'said' ×3, 'told' ×1`.
    package static func tally(_ counts: [VerbUsage.Count]) -> String {
        counts.map { "'\($0.word)' ×\($0.count)" }.joined(separator: ", ")
    }

    /// "2, 4 and 7".
    package static func list(_ items: [String]) -> String { readableList(items) }
}
