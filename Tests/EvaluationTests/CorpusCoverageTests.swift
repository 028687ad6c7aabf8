import Evaluation
import Lexicons
import Testing

/// The shipped corpus is big and varied enough to evaluate on (the counts of issue 3), and
/// every label in it is sound.
struct CorpusCoverageTests {
    /// The parties the corpus must give a voice to in several articles each.
    static let mainParties: [Party] = [.armeniaMod, .azerbaijanMod, .armeniaGov, .azerbaijanGov, .russia, .eu, .china, .un]

    @Test func everyArticleLoadsAndEveryLabelValidates() throws {
        let corpus = try CorpusFixture.shipped.get()
        #expect(corpus.articleProblems.map(\.description) == [])
        #expect(corpus.labelProblems.map(\.description) == [])
        #expect(corpus.unlabelled == [], "every shipped article is labelled")
    }

    @Test func atLeastFortyArticlesAndFourHundredGoldClaims() throws {
        let corpus = try CorpusFixture.shipped.get()
        #expect(corpus.documents.count >= 40)
        #expect(corpus.documents.map(\.gold.count).reduce(0, +) >= 400)
    }

    @Test(arguments: mainParties)
    func mainPartySpeaksInFourArticles(_ party: Party) throws {
        let corpus = try CorpusFixture.shipped.get()
        let articles = corpus.documents.filter { $0.gold.contains { $0.party == party } }
        #expect(articles.count >= 4, "\(party.rawValue) speaks in \(articles.map(\.article.id))")
    }

    @Test func everyVoiceAppears() throws {
        let corpus = try CorpusFixture.shipped.get()
        let parties = Set(corpus.documents.flatMap { $0.gold.map(\.party) })
        let required = Self.mainParties + [.other, .narrator]
        #expect(required.filter { !parties.contains($0) } == [])
    }

    @Test func atLeastSevenOutlets() throws {
        let corpus = try CorpusFixture.shipped.get()
        let outlets = Set(corpus.documents.map(\.article.outlet))
        #expect(outlets.count >= 7, "\(outlets.sorted())")
    }
}
