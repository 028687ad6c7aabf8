import ClaimEngine
import NewsText
import Reconciliation
import Reports
import Review
import TestSupport
import Testing

/// The check of a long article is read a section at a time (`ArticleReview`): the article's
/// facts first, then each section with them. Every page it writes must be the page of the
/// article read whole.
struct SectionedCheckTests {
    private struct Pages: Equatable {
        let markdown: String
        let json: String
        let lint: String

        init(_ check: AttributionCheck) {
            markdown = CheckMarkdown.render(check)
            json = CheckJSON.render(check)
            lint = CheckLint.render(check)
        }
    }

    private func whole(_ article: Article) throws -> AttributionCheck {
        AttributionCheck(try ReviewFixture.reviewed(article))
    }

    /// Cut at every paragraph the article can be cut at.
    private func inSections(_ article: Article) throws -> AttributionCheck {
        let review = try ReviewFixture.reviewer.get().review(article, extractor: ExtractionFixture.extractor(), minimumBytes: 1)
        return AttributionCheck(review)
    }

    @Test func everyCorpusArticleIsCheckedTheSameInSectionsOfEveryParagraph() throws {
        for article in try ShippedCorpus.parsed(in: CorpusLocation.corpus) {
            #expect(Pages(try inSections(article)) == Pages(try whole(article)), "\(article.id)")
        }
    }

    @Test func everyRealArticleIsCheckedTheSameInSectionsOfEveryParagraph() throws {
        guard let realdev = CorpusLocation.realdev else { return }
        for article in try ShippedCorpus.parsed(in: realdev) {
            #expect(Pages(try inSections(article)) == Pages(try whole(article)), "\(article.id)")
        }
    }

    /// `bias` gathers an article's evidence section by section: the corpus's bias page is the
    /// page of its articles read whole.
    @Test func biasEvidenceGatheredInSectionsIsTheWholeArticles() throws {
        let reviewer = try ReviewFixture.reviewer.get()
        let extractor = try ExtractionFixture.extractor()
        let articles = try ShippedCorpus.parsed(in: CorpusLocation.corpus)
        func page(_ evidence: [BiasEvidence]) -> String {
            let claims = zip(articles, evidence).map { ArticleClaims(article: $0, claims: $1.claims) }
            return BiasJSON.render(CorpusBias(evidence, incidents: reviewer.grouper.group(claims).incidents, stateMedia: reviewer.stateMedia))
        }
        let whole = try articles.map { BiasEvidence(try ReviewFixture.reviewed($0)) }
        let sectioned = articles.map { BiasEvidence(reviewer.review($0, extractor: extractor, minimumBytes: 1)) }
        #expect(page(sectioned) == page(whole))
        // `bias` reads each article once for its evidence alone, with no check's facts.
        let read = articles.map { reviewer.biasEvidence($0, extractor: extractor, minimumBytes: 1) }
        #expect(page(read) == page(whole))
        #expect(page(articles.map { reviewer.biasEvidence($0, extractor: extractor) }) == page(whole))
        #expect(sectioned.map { $0.language.count(.armenian) } == whole.map { $0.language.count(.armenian) })
        #expect(sectioned.contains { $0.language.count(.armenian) > 0 })
    }

    /// Each rule that reads across the article reads across its sections: the source of an
    /// unattributed claim two sections on, the other side's verbs in a later section, the uses
    /// of a name in another section, and the other side quoted at the end.
    @Test func rulesReadTheWholeArticleFromEachSection() throws {
        let body = """
            Azerbaijani forces shelled Jermuk overnight.

            Shells also landed in Stepanakert, residents said.

            Armenia's defence ministry said Azerbaijani forces had shelled Jermuk.

            Families in Stepanakert spent the night in basements.

            Azerbaijan's defence ministry claimed its units had only returned fire.
            """
        let article = ExtractionFixture.article(body)
        let check = try inSections(article)
        #expect(ArticleSection.sections(of: article.body, minimumBytes: 1).count == 5)
        #expect(Pages(check) == Pages(try whole(article)))

        let flags = check.sentences.flatMap(\.flags)
        let sources = flags.compactMap { flag -> String? in
            guard case .unattributedClaim(_, let source) = flag.problem else { return nil }
            return source.map { "\($0.party.rawValue) in sentence \($0.sentence + 1)" } ?? "none"
        }
        #expect(sources == ["armenia-mod in sentence 3"])
        let names = flags.compactMap { flag -> Int? in
            if case .contestedName(_, _, _, let uses, _) = flag.problem { uses } else { nil }
        }
        #expect(names == [2])
        let comparisons = flags.compactMap { flag -> String? in
            guard case .attributionVerb(let verb, _, _, let comparison) = flag.problem else { return nil }
            guard case .uneven(let other, let verbs) = comparison else { return "\(verb): \(String(describing: comparison))" }
            return "\(verb): \(other.rawValue) " + verbs.map { "\($0.word) ×\($0.count)" }.joined(separator: ", ")
        }
        #expect(comparisons == ["claimed: armenia said ×1"])
        #expect(!flags.contains { $0.rule == .oneSidedSourcing })
        // Sentences are numbered across the article, not within their section.
        let flagged = check.sentences.map { "\($0.number): " + $0.flags.map(\.rule.rawValue).joined(separator: " ") }
        #expect(flagged == ["1: unattributed-claim", "2: contested-name", "3: ", "5: attribution-verb"])
    }

    @Test func oneSidedSourcingIsRaisedInTheSectionOfTheFirstQuotedClaim() throws {
        let body = """
            Fighting resumed on the border on Tuesday.

            Armenia's defence ministry said Azerbaijani forces shelled Jermuk.

            The ministry said two soldiers were killed.
            """
        let check = try inSections(ExtractionFixture.article(body))
        let oneSided = check.sentences.filter { $0.flags.contains { $0.rule == .oneSidedSourcing } }
        #expect(oneSided.map(\.number) == [2])
        #expect(check.counts.first { $0.rule == .oneSidedSourcing }?.count == 1)
    }
}
