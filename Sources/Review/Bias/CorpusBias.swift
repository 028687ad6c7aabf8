import ClaimEngine

/// The bias figures of every outlet of a corpus, in outlet-name order.
///
///     let bias = CorpusBias(articles.map { BiasEvidence(reviewer.review($0)) })
///     BiasReport.markdown(bias)   // Reports/bias.md
package struct CorpusBias: Sendable {
    package let outlets: [OutletBias]
    package let articleCount: Int

    package init(_ articles: [BiasEvidence]) {
        articleCount = articles.count
        // Every figure below is built from indexes made once, so the report stays linear in
        // the number of articles however many share an outlet or a day.
        let adoption = NarratorAdoption(articles)
        let coverage = Coverage(articles)
        let byOutlet = Dictionary(grouping: articles, by: \.outlet)
        outlets = byOutlet.keys.sorted().map { name in
            let own = (byOutlet[name] ?? []).sorted { $0.id < $1.id }
            var voice = VoiceShare()
            var narrator = NarratorTally()
            var language = LanguageTally()
            for article in own {
                for claim in article.claims {
                    voice.count(claim)
                    if claim.party == .narrator { narrator.add(claim, account: adoption.account(of: claim, published: article.published)) }
                }
                for use in article.language { language.add(use) }
            }
            let verbs = VerbUsage(combining: own.map(\.verbs))
            let omissions = Omissions(outlet: name, own: own, coverage: coverage)
            return OutletBias(
                outlet: name, articles: own.map(\.id), official: own.lazy.compactMap(\.outletVoice).first,
                voice: voice, narrator: narrator, verbs: verbs, language: language, omissions: omissions,
                verdict: LeaningVerdict(voice: voice, narrator: narrator, verbs: verbs, language: language, omissions: omissions))
        }
    }
}
