import Evaluation
import TestSupport
import Testing

/// Scoring a two-article corpus whose every outcome is known. The gold labels are written
/// to disagree with the extraction in each way a scorecard counts, so the expected numbers do
/// not depend on what the extractor gets wrong: two exact matches per article, a party error,
/// a value error, two misses and a false positive.
struct ScorecardTests {
    static let wire = CorpusFixture.article(
        "wire-a",
        [
            "Armenia's defence ministry said Azerbaijani forces shelled positions near Jermuk overnight and that 49 of its soldiers had been killed.",
            "Residents said two Armenian civilians, a woman and a child, were killed in Sotk.",
            "France and the European Union called on Azerbaijan to show restraint.",
            "Russia's foreign ministry urged both sides to show restraint.",
        ])
    static let wireGold = [
        GoldFixture(
            party: "armenia-mod", kind: "attack", aggressor: "azerbaijan", target: "armenia", date: "2022-09-12",
            quote: "Azerbaijani forces shelled positions near Jermuk"),
        GoldFixture(
            party: "armenia-mod", kind: "casualties", victim: "armenia", outcome: "killed", count: #"{"min": 49, "max": 49}"#, date: "2022-09-12",
            quote: "49 of its soldiers had been killed"),
        // The gold count is 3 where the sentence says two: a value error, whatever the
        // extractor reads from "two …, a woman and a child".
        GoldFixture(
            party: "other", kind: "casualties", victim: "civilians-armenia", outcome: "killed", count: #"{"min": 3, "max": 3}"#,
            quote: "two Armenian civilians, a woman and a child, were killed"),
        // France's appeal matches; the EU's is extracted but not labelled: a false positive.
        GoldFixture(party: "france", kind: "appeal", quote: "France and the European Union called on Azerbaijan"),
        // Russia's appeal matches its own gold claim; a second gold appeal in the sentence,
        // the UN's, finds no prediction left: a miss.
        GoldFixture(party: "russia", kind: "appeal", quote: "urged both sides to show restraint"),
        GoldFixture(party: "un", kind: "appeal", quote: "urged both sides to show restraint"),
    ]
    static let front = CorpusFixture.article(
        "front-b", outlet: "Armenian Frontline",
        [
            "Azerbaijani forces shelled Stepanakert and villages across Artsakh early this morning.",
            "Artsrun Hovhannisyan, a representative of the ministry, told journalists that about 30 Azerbaijani soldiers had been killed in the failed assault.",
            "The foreign ministers of Armenia and Azerbaijan met in Geneva on Monday.",
        ])
    static let frontGold = [
        // The extraction gives the outlet's own voice to the narrator: a party error.
        GoldFixture(
            party: "armenia-gov", mode: "unattributed", kind: "attack", aggressor: "azerbaijan", target: "armenia", date: "2022-09-13",
            quote: "Azerbaijani forces shelled Stepanakert and villages across Artsakh"),
        GoldFixture(
            party: "armenia-mod", kind: "casualties", victim: "azerbaijan", outcome: "killed", count: #"{"min": 27, "max": 33}"#,
            quote: "about 30 Azerbaijani soldiers had been killed"),
        // No claim is extracted from a meeting: a miss.
        GoldFixture(
            party: "azerbaijan-gov", kind: "attack", aggressor: "armenia", target: "azerbaijan",
            quote: "The foreign ministers of Armenia and Azerbaijan met in Geneva"),
    ]

    static func scorecard(wireGold: [GoldFixture] = wireGold) throws -> Scorecard {
        let corpus = CorpusFixture.corpus(
            articles: ["wire-a": wire, "front-b": front],
            labels: ["wire-a": CorpusFixture.labels("wire-a", wireGold), "front-b": CorpusFixture.labels("front-b", frontGold)])
        #expect(corpus.isClean, "\(corpus.labelProblems) \(corpus.articleProblems)")
        return try CorpusFixture.scorecard(corpus)
    }

    @Test func countsEveryOutcome() throws {
        let total = try Self.scorecard().total
        #expect(total.gold == 9)
        #expect(total.predicted == 8)
        #expect(total.goldMatched == 7)
        #expect(total.predictedMatched == 7)
        #expect(total.goldStrict == 5)
        #expect(total.partyRight == 6)
        #expect(total.modeRight == 7)
        #expect(total.allValuesRight == 6)
    }

    @Test func headlineScores() throws {
        let total = try Self.scorecard().total
        let expected: [(HeadlineScore, Double)] = [
            (.detectionPrecision, 7.0 / 8), (.detectionRecall, 7.0 / 9), (.detectionF1, 14.0 / 17),
            (.partyAccuracy, 6.0 / 7), (.modeAccuracy, 1), (.valueAccuracy, 6.0 / 7),
            (.strictPrecision, 5.0 / 8), (.strictRecall, 5.0 / 9), (.strictF1, 10.0 / 17),
        ]
        for (score, value) in expected {
            let actual = try #require(total.score(score))
            #expect(abs(actual - value) < 1e-9, "\(score.rawValue): \(actual), expected \(value)")
        }
        #expect(total.accuracy(of: .victim) == 1)
        #expect(total.accuracy(of: .count) == 6.0 / 7)
        #expect(total.accuracy(of: .aggressor) == 1)
    }

    @Test func missesFalsePositivesAndValueErrorsAreListed() throws {
        let documents = try Self.scorecard().documents
        #expect(documents.map(\.article.id) == ["front-b", "wire-a"])
        let front = documents[0]
        let wire = documents[1]
        #expect(front.misses.map(\.gold.quote) == ["The foreign ministers of Armenia and Azerbaijan met in Geneva"])
        #expect(front.article.text(front.misses[0].sentence).hasSuffix("met in Geneva on Monday."))
        #expect(wire.misses.map(\.gold.party) == [.un])
        #expect(front.falsePositives.isEmpty)
        #expect(wire.falsePositives.map { "\($0.party.rawValue) \($0.kind.rawValue)" } == ["eu appeal"])
        let wrong = wire.pairs.flatMap { pair in pair.wrongValues.map { "\($0.field.rawValue): \($0.gold) vs \($0.predicted)" } }
        #expect(wrong.count == 1)
        #expect(wrong.first?.hasPrefix("count: 3…3 vs ") == true)
        #expect(front.pairs.filter { !$0.partyIsRight }.map { "\($0.gold.party.rawValue) vs \($0.predicted.party.rawValue)" } == ["armenia-gov vs narrator"])
    }

    @Test func perKindAndPerParty() throws {
        let scorecard = try Self.scorecard()
        let appeal = try #require(scorecard.kinds[.appeal])
        #expect((appeal.gold, appeal.goldMatched, appeal.predicted) == (3, 2, 3))
        #expect(appeal.score(.detectionRecall) == 2.0 / 3)
        // Per party: recall by the gold party, precision by the predicted party.
        let government = try #require(scorecard.parties[.armeniaGov])
        #expect((government.gold, government.goldMatched, government.predicted) == (1, 1, 0))
        #expect(government.score(.detectionPrecision) == nil)
        #expect(government.score(.partyAccuracy) == 0)
        let narrator = try #require(scorecard.parties[.narrator])
        #expect((narrator.gold, narrator.predicted, narrator.predictedMatched, narrator.predictedStrict) == (0, 1, 1, 0))
        #expect(narrator.score(.detectionRecall) == nil)
        #expect(narrator.score(.strictPrecision) == 0)
        #expect(
            scorecard.partiesInOrder.map(\.party)
                == [.armeniaMod, .azerbaijanGov, .armeniaGov, .russia, .eu, .un, .france, .other, .narrator].sorted())
    }

    @Test func scoresDoNotDependOnTheOrderOfTheGoldClaims() throws {
        let forward = try Self.scorecard().total
        let backward = try Self.scorecard(wireGold: Self.wireGold.reversed()).total
        #expect(forward == backward)
    }
}
