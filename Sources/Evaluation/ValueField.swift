import ClaimEngine
import Lexicons

/// A value of a claim that is scored on matched pairs, and how a gold and a predicted value
/// are compared.
///
/// For the gold claim "nearly 50 of its soldiers had been killed" (count 45…49) a predicted
/// count of 49…49 is right (the intervals overlap); 50…50 is wrong.
package enum ValueField: String, CaseIterable, Sendable {
    case aggressor
    case negated
    case victim
    case outcome
    /// Right when the intervals overlap (an open end reaches as far as it likes), or both are
    /// null; wrong when only one side gives a number.
    case count
    /// Right when both name the same day or the same month, or both are null.
    case date

    /// The gold and predicted values as text, and whether they agree.
    package func check(gold: GoldClaim, predicted: Claim) -> ValueCheck {
        let (goldText, predictedText, isRight): (String, String, Bool)
        switch self {
        case .aggressor:
            (goldText, predictedText, isRight) = (text(gold.aggressor), text(predicted.aggressor), gold.aggressor == predicted.aggressor)
        case .negated:
            (goldText, predictedText, isRight) = (String(gold.negated), String(predicted.negated), gold.negated == predicted.negated)
        case .victim:
            (goldText, predictedText, isRight) = (text(gold.victim), text(predicted.victim), gold.victim == predicted.victim)
        case .outcome:
            (goldText, predictedText, isRight) = (text(gold.outcome), text(predicted.outcome), gold.outcome == predicted.outcome)
        case .count:
            let interval = predicted.count?.interval
            (goldText, predictedText, isRight) = (
                text(gold.count?.description), text(interval?.description), Self.agree(gold.count, interval)
            )
        case .date:
            (goldText, predictedText, isRight) = (
                text(gold.date?.description), text(predicted.date?.description), gold.date == predicted.date
            )
        }
        return ValueCheck(field: self, gold: goldText, predicted: predictedText, isRight: isRight)
    }

    private func text<Value: RawRepresentable>(_ value: Value?) -> String where Value.RawValue == String {
        text(value?.rawValue)
    }

    private func text(_ value: String?) -> String { value ?? "null" }

    /// Counts agree when both are null or the intervals share a number (`CountInterval.overlaps`).
    private static func agree(_ gold: CountInterval?, _ predicted: CountInterval?) -> Bool {
        switch (gold, predicted) {
        case (nil, nil): true
        case (let gold?, let predicted?): gold.overlaps(predicted)
        default: false
        }
    }
}

/// One value of a matched pair: `count: 45…49 vs 50…50`.
package struct ValueCheck: Sendable, Equatable {
    package let field: ValueField
    package let gold: String
    package let predicted: String
    package let isRight: Bool
}
