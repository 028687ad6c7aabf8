import ClaimEngine
import Lexicons

/// Whose claims an outlet reports: claims attributed to each side, to third parties, and
/// made in its own voice.
package struct VoiceShare: Sendable, Equatable {
    package var armenia = 0
    package var azerbaijan = 0
    /// Russia, the EU, China, the UN, other states and other sources.
    package var third = 0
    package var narrator = 0

    package init() {}

    package mutating func count(_ claim: Claim) {
        switch claim.party {
        case .narrator: narrator += 1
        default:
            switch claim.party.belligerent {
            case .armenia: armenia += 1
            case .azerbaijan: azerbaijan += 1
            case nil: third += 1
            }
        }
    }

    /// Adds another share's counts (an outlet's articles together).
    package mutating func add(_ other: VoiceShare) {
        armenia += other.armenia
        azerbaijan += other.azerbaijan
        third += other.third
        narrator += other.narrator
    }

    package func claims(of side: Belligerent) -> Int { side == .armenia ? armenia : azerbaijan }
}
