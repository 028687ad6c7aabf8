/// The counts behind the scores of one slice of the corpus — all of it, one kind, or one
/// party — and the scores they give.
///
/// Gold claims are counted in the slice of their gold party and kind, predicted claims in the
/// slice of their predicted party and kind. So per party, recall is "of what this party
/// said, how much was found" and precision "of what was attributed to this party, how much is
/// real"; accuracies are over the pairs whose gold claim is in the slice.
package struct Tally: Sendable, Equatable {
    package private(set) var gold = 0
    package private(set) var predicted = 0
    /// Gold claims a prediction matched.
    package private(set) var goldMatched = 0
    /// Predicted claims that matched a gold claim.
    package private(set) var predictedMatched = 0
    package private(set) var goldStrict = 0
    package private(set) var predictedStrict = 0
    package private(set) var partyRight = 0
    package private(set) var modeRight = 0
    package private(set) var allValuesRight = 0
    package private(set) var valuesRight: [ValueField: Int] = [:]

    package init() {}

    /// Counts a gold claim, with its pair if a prediction matched it.
    package mutating func countGold(matchedBy pair: MatchedPair?) {
        gold += 1
        guard let pair else { return }
        goldMatched += 1
        if pair.isStrict { goldStrict += 1 }
        if pair.partyIsRight { partyRight += 1 }
        if pair.modeIsRight { modeRight += 1 }
        if pair.valuesAreRight { allValuesRight += 1 }
        for check in pair.checks where check.isRight { valuesRight[check.field, default: 0] += 1 }
    }

    /// Counts a predicted claim, with its pair if it matched a gold claim.
    package mutating func countPredicted(matching pair: MatchedPair?) {
        predicted += 1
        guard let pair else { return }
        predictedMatched += 1
        if pair.isStrict { predictedStrict += 1 }
    }

    /// A headline score; nil when it is undefined (nothing to divide by).
    package func score(_ headline: HeadlineScore) -> Double? {
        switch headline {
        case .detectionPrecision: ratio(predictedMatched, predicted)
        case .detectionRecall: ratio(goldMatched, gold)
        case .detectionF1: f1(score(.detectionPrecision), score(.detectionRecall))
        case .partyAccuracy: ratio(partyRight, goldMatched)
        case .modeAccuracy: ratio(modeRight, goldMatched)
        case .valueAccuracy: ratio(allValuesRight, goldMatched)
        case .strictPrecision: ratio(predictedStrict, predicted)
        case .strictRecall: ratio(goldStrict, gold)
        case .strictF1: f1(score(.strictPrecision), score(.strictRecall))
        }
    }

    /// The share of matched pairs with this value right; nil with no pairs.
    package func accuracy(of field: ValueField) -> Double? {
        ratio(valuesRight[field, default: 0], goldMatched)
    }

    private func ratio(_ part: Int, _ whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) / Double(whole)
    }

    private func f1(_ precision: Double?, _ recall: Double?) -> Double? {
        guard let precision, let recall else { return nil }
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
}
