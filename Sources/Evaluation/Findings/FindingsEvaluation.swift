import ClaimEngine
import Lexicons
import NewsText
import Reconciliation

extension FindingsScore {
    /// Reconciles every article of a corpus (labelled or not: an incident is told by all its
    /// coverage) and scores the contradictions against the gold findings, after checking each
    /// gold quote against the corpus's gold claims.
    package static func evaluate(
        articles: [Article], labels: LabelledCorpus, gold: GoldFindings, extractor: Extractor
    ) -> (score: FindingsScore, problems: [GoldFindingsError]) {
        var quotes: [String: [(party: Party, quote: String)]] = [:]
        for document in labels.documents {
            quotes[document.article.id] = document.gold.map { ($0.party, $0.quote) }
        }
        let problems = gold.problems { document, party in
            quotes[document].map { claims in claims.filter { $0.party == party }.map(\.quote) }
        }
        let reconciler = Reconciler(places: PlaceIndex(lexicon: extractor.finder.lexicon))
        let incidents = reconciler.reconcile(articles.map { ArticleClaims(article: $0, claims: extractor.claims(in: $0)) }).incidents
        return (score(predicted: incidents, gold: gold), problems)
    }
}
