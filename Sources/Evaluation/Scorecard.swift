import ClaimEngine
import Lexicons
import NewsText

/// How well extraction finds the gold claims of a labelled corpus: the matches of every
/// document, and the tallies over the corpus, per kind and per party.
package struct Scorecard: Sendable {
    /// In article id order.
    package let documents: [DocumentMatch]
    package let total: Tally
    /// A tally for every kind.
    package let kinds: [ClaimKind: Tally]
    /// A tally for every party that has a gold or a predicted claim.
    package let parties: [Party: Tally]
    /// The reconciler's contradictions scored against the corpus's `findings.json`, when it has one.
    package var findings: FindingsScore? = nil
    /// The gold findings file as the user named it, for the scorecard's text.
    package var findingsFile = "findings.json"

    package init(documents: [DocumentMatch]) {
        self.documents = documents
        var total = Tally()
        var kinds = Dictionary(uniqueKeysWithValues: ClaimKind.allCases.map { ($0, Tally()) })
        var parties: [Party: Tally] = [:]
        for document in documents {
            for pair in document.pairs {
                total.countGold(matchedBy: pair)
                total.countPredicted(matching: pair)
                kinds[pair.gold.kind, default: Tally()].countGold(matchedBy: pair)
                kinds[pair.predicted.kind, default: Tally()].countPredicted(matching: pair)
                parties[pair.gold.party, default: Tally()].countGold(matchedBy: pair)
                parties[pair.predicted.party, default: Tally()].countPredicted(matching: pair)
            }
            for miss in document.misses {
                total.countGold(matchedBy: nil)
                kinds[miss.gold.kind, default: Tally()].countGold(matchedBy: nil)
                parties[miss.gold.party, default: Tally()].countGold(matchedBy: nil)
            }
            for claim in document.falsePositives {
                total.countPredicted(matching: nil)
                kinds[claim.kind, default: Tally()].countPredicted(matching: nil)
                parties[claim.party, default: Tally()].countPredicted(matching: nil)
            }
        }
        self.total = total
        self.kinds = kinds
        self.parties = parties
    }

    /// The parties with a tally, in DESIGN.md order.
    package var partiesInOrder: [(party: Party, tally: Tally)] {
        Party.allCases.compactMap { party in parties[party].map { (party, $0) } }
    }

    /// The kinds in DESIGN.md order, each with its tally.
    package var kindsInOrder: [(kind: ClaimKind, tally: Tally)] {
        ClaimKind.allCases.map { ($0, kinds[$0] ?? Tally()) }
    }
}
