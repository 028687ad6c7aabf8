import ClaimEngine

/// The bias figures of every outlet of a corpus, in outlet-name order.
///
///     let bias = CorpusBias(articles.map(reviewer.review))
///     BiasReport.markdown(bias)   // Reports/bias.md
package struct CorpusBias: Sendable {
    package let outlets: [OutletBias]
    package let articleCount: Int

    package init(_ articles: [ReviewedArticle]) {
        articleCount = articles.count
        let adoption = NarratorAdoption(articles)
        let names = Set(articles.map(\.article.outlet)).sorted()
        outlets = names.map { name in
            let own = articles.filter { $0.article.outlet == name }.sorted { $0.article.id < $1.article.id }
            var voice = VoiceShare()
            var narrator = NarratorTally()
            var verbs = VerbUsage.empty
            var language = LanguageTally()
            for article in own {
                for claim in article.analysis.claims {
                    voice.count(claim)
                    if claim.party == .narrator { narrator.add(claim, account: adoption.account(of: claim, in: article.article)) }
                }
                verbs = verbs.adding(VerbUsage(article))
                for use in article.language { language.add(use) }
            }
            let omissions = Omissions(outlet: name, articles: articles)
            return OutletBias(
                outlet: name, articles: own.map(\.article.id), official: own.lazy.compactMap(\.analysis.outletVoice).first,
                voice: voice, narrator: narrator, verbs: verbs, language: language, omissions: omissions,
                verdict: LeaningVerdict(voice: voice, narrator: narrator, verbs: verbs, language: language, omissions: omissions))
        }
    }
}
