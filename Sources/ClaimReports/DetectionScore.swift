import ClaimEngine
import NewsText

/// How well extracted claims find the gold claims of an article.
///
/// A predicted claim matches a gold claim when it is of the same kind and its sentence
/// contains the gold quote; each predicted claim matches at most one gold claim, a
/// same-party candidate first.
package struct DetectionScore: Sendable, Equatable {
    package var truePositives = 0
    package var falsePositives = 0
    package var falseNegatives = 0
    /// Matched pairs whose party is right.
    package var partyCorrect = 0

    package init() {}

    package var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    package var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    package var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    package var partyAccuracy: Double { ratio(partyCorrect, truePositives) }

    /// Scores one article's claims against its labels and adds them to the total.
    package mutating func add(predicted: [Claim], gold: GoldLabels, article: Article) {
        var used = Set<Int>()
        for label in gold.claims {
            let candidates = predicted.indices.filter { index in
                !used.contains(index) && predicted[index].kind.rawValue == label.kind
                    && article.text(predicted[index].sentence).contains(label.quote)
            }
            guard let match = candidates.first(where: { predicted[$0].party.rawValue == label.party }) ?? candidates.first
            else {
                falseNegatives += 1
                continue
            }
            used.insert(match)
            truePositives += 1
            if predicted[match].party.rawValue == label.party { partyCorrect += 1 }
        }
        falsePositives += predicted.count - used.count
    }

    private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
}
