/// The scores the regression gate watches, by the key they have in the JSON scorecard.
package enum HeadlineScore: String, CaseIterable, Sendable {
    case detectionPrecision = "detection-precision"
    case detectionRecall = "detection-recall"
    case detectionF1 = "detection-f1"
    case partyAccuracy = "party-accuracy"
    case modeAccuracy = "mode-accuracy"
    /// Matched pairs with every value right.
    case valueAccuracy = "value-accuracy"
    case strictPrecision = "strict-precision"
    case strictRecall = "strict-recall"
    case strictF1 = "strict-f1"

    /// Places scores are printed and compared at.
    package static let places = 3
}
