import Evaluation

/// How the Markdown scorecard names each headline score and says what it measures.
extension HeadlineScore {
    /// The name in the Markdown scorecard.
    package var title: String {
        switch self {
        case .detectionPrecision: "detection precision"
        case .detectionRecall: "detection recall"
        case .detectionF1: "detection F1"
        case .partyAccuracy: "party accuracy"
        case .modeAccuracy: "mode accuracy"
        case .valueAccuracy: "value accuracy (all values)"
        case .strictPrecision: "strict precision"
        case .strictRecall: "strict recall"
        case .strictF1: "strict F1"
        }
    }

    /// What the score measures, for a reader of the scorecard.
    package var meaning: String {
        switch self {
        case .detectionPrecision: "predicted claims that match a gold claim"
        case .detectionRecall: "gold claims that a predicted claim matches"
        case .detectionF1: "harmonic mean of detection precision and recall"
        case .partyAccuracy: "matched pairs with the right party"
        case .modeAccuracy: "matched pairs with the right mode (direct, indirect, unattributed)"
        case .valueAccuracy: "matched pairs with aggressor, negated, victim, outcome, count and date all right"
        case .strictPrecision: "predicted claims right in kind, party and every value"
        case .strictRecall: "gold claims found right in kind, party and every value"
        case .strictF1: "harmonic mean of strict precision and recall"
        }
    }
}
