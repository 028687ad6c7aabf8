import ClaimEngine
import Lexicons
import NewsText
import Reconciliation

extension FindingsScore {
    /// Scores the contradictions of a corpus's incidents (every article reconciled, labelled or
    /// not: an incident is told by all its coverage) against the gold findings, after checking
    /// each gold quote against the corpus's gold claims.
    package static func evaluate(
        incidents: [Incident], labels: LabelledCorpus, gold: GoldFindings
    ) -> (score: FindingsScore, problems: [GoldFindingsError]) {
        var quotes: [String: [(party: Party, quote: String)]] = [:]
        for document in labels.documents {
            quotes[document.article.id] = document.gold.map { ($0.party, $0.quote) }
        }
        let problems = gold.problems { document, party in
            quotes[document].map { claims in claims.filter { $0.party == party }.map(\.quote) }
        }
        return (score(predicted: incidents, gold: gold), problems)
    }
}
