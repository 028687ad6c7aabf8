import Lexicons
import Reconciliation

/// The bias figures of every outlet of a corpus, in outlet-name order, each with the reading
/// of every one of its articles.
///
///     let reconciled = Reconciler(places: places).reconcile(corpus.articles)
///     let bias = CorpusBias(evidence, incidents: reconciled.incidents, stateMedia: reviewer.stateMedia)
///     BiasReport.markdown(bias)   // Reports/bias.md
///
/// Events are the reconciler's incidents, the ones the incident pages show, so an omission or
/// an adopted figure is about the same clash there and here. An outlet whose own name is a
/// belligerent's state medium (`stateMedia`) carries its owner's vote.
package struct CorpusBias: Sendable {
    package let outlets: [OutletBias]
    package let articleCount: Int

    package init(_ articles: [BiasEvidence], incidents: [Incident], stateMedia: PhraseLexicon<StateMedium>) {
        articleCount = articles.count
        // Every figure below is built from indexes made once, so the report stays linear in
        // the number of articles however many share an outlet or an incident.
        let coverage = IncidentCoverage(incidents)
        let adoption = NarratorAdoption(coverage)
        // Grouped by position: the evidence itself is not copied into groups, as it is the
        // largest thing held when this is made; one outlet's is copied at a time.
        let byOutlet = Dictionary(grouping: articles.indices, by: { articles[$0].outlet })
        outlets = byOutlet.keys.sorted().map { name in
            let own = (byOutlet[name] ?? []).map { articles[$0] }.sorted { $0.id < $1.id }
            let owner = stateMedia.owner(ofOutlet: name)
            let articleBiases = own.map { ArticleBias($0, adoption: adoption, owner: owner) }
            var voice = VoiceShare()
            var narrator = NarratorTally()
            var language = LanguageTally()
            for (article, bias) in zip(own, articleBiases) {
                voice.add(bias.figures.voice)
                narrator.append(bias.figures.narrator)
                language.add(article.language)
            }
            let verbs = VerbUsage(combining: own.map(\.verbs))
            let omissions = Omissions(outlet: name, articles: own, coverage: coverage)
            return OutletBias(
                outlet: name, articles: own.map(\.id), official: own.lazy.compactMap(\.outletVoice).first, owner: owner,
                voice: voice, narrator: narrator, verbs: verbs, language: language, omissions: omissions,
                verdict: LeaningVerdict(
                    voice: voice, narrator: narrator, verbs: verbs, language: language, omissions: omissions, owner: owner),
                articleBiases: articleBiases)
        }
    }

    /// The figures of articles already reviewed, grouped into incidents here: for a corpus
    /// held in memory (tests, the fuzzer). The commands pass the incidents they reconciled.
    package init(reviewed: [ReviewedArticle], reviewer: Reviewer) {
        let claims = reviewed.map { ArticleClaims(article: $0.article, claims: $0.analysis.claims, sentences: .nothing) }
        let incidents = reviewer.grouper.group(claims).incidents
        self.init(reviewed.map(BiasEvidence.init), incidents: incidents, stateMedia: reviewer.stateMedia)
    }
}
