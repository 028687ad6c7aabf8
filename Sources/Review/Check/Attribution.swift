import ClaimEngine
import Lexicons
import NewsText

/// Who a sentence's claims are attributed to and how: one entry per speaker, verb and mode.
///
/// `Armenia's defence ministry said Azerbaijani forces shelled Jermuk and 49 soldiers died` is
/// one attribution: armenia-mod, indirect, `said`, kinds attack and casualties.
package struct Attribution: Sendable, Equatable {
    package let party: Party
    package let mode: Mode
    /// The reporting verb as written, if any.
    package let verb: String?
    /// The speaker phrase as written, nil for the narrator.
    package let speaker: String?
    /// The kinds of the claims, in the order they first appear.
    package let kinds: [ClaimKind]

    /// The attributions of a sentence's claims, in the order of the claims; `article` is theirs.
    package static func of(_ claims: [Claim], in article: Article) -> [Attribution] {
        var found: [Attribution] = []
        for claim in claims {
            let (verb, speaker) = (claim.verb(in: article), claim.speaker(in: article))
            if let index = found.firstIndex(where: {
                $0.party == claim.party && $0.mode == claim.mode && $0.verb == verb && $0.speaker == speaker
            }) {
                let existing = found[index]
                if !existing.kinds.contains(claim.kind) {
                    found[index] = Attribution(
                        party: existing.party, mode: existing.mode, verb: existing.verb, speaker: existing.speaker,
                        kinds: existing.kinds + [claim.kind])
                }
            } else {
                found.append(
                    Attribution(party: claim.party, mode: claim.mode, verb: verb, speaker: speaker, kinds: [claim.kind]))
            }
        }
        return found
    }
}
