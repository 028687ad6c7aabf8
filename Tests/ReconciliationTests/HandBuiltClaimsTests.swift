import ClaimEngine
import Lexicons
import Reconciliation
import TestSupport
import Testing

/// The reconciler on claims built by hand (`HandClaims`): what it is given is exactly what the
/// test says, whatever the extractor would read from the sentences.
struct HandBuiltClaimsTests {
    private static let fernhill = (name: "Fernhill", place: "fernhill-ashgrove")
    private static let ashgrove = (name: "Ashgrove", place: "fernhill-ashgrove")
    private static let millbrook = (name: "Millbrook", place: "millbrook")

    @Test func eachSideBlamingTheOtherIsOneContradiction() throws {
        let east = HandClaims.Article(id: "east", published: "2022-09-13", sentences: ["East said the West attacked Fernhill."])
        let west = HandClaims.Article(id: "west", published: "2022-09-13", sentences: ["West said the East attacked Ashgrove."])
        let corpus = Reconciler().reconcile([
            east.with([east.claim(1, in: 0, party: .armeniaMod, kind: .attack, aggressor: .azerbaijan, date: "2022-09-13", places: [Self.fernhill])]),
            west.with([west.claim(1, in: 0, party: .azerbaijanMod, kind: .attack, aggressor: .armenia, date: "2022-09-13", places: [Self.ashgrove])]),
        ])
        #expect(corpus.incidents.count == 1, "rival names of one place are one place: \(corpus.incidents.map(\.id))")
        let incident = try #require(corpus.incidents.first)
        #expect(incident.places.map(\.place) == ["fernhill-ashgrove"])
        let aggressor = try #require(incident.findings.first { $0.kind == .aggressor })
        #expect(aggressor.relation == .contradiction)
        #expect(aggressor.parties == [.armeniaMod, .azerbaijanMod])
        #expect(aggressor.positions.map(\.stance) == [.blames(.azerbaijan), .blames(.armenia)])
    }

    /// Two articles of the same day at places apart are two clashes; one article telling of
    /// both joins them, since it reports them as one story.
    @Test func theSameDayAtAnotherPlaceIsAnotherIncidentUnlessOneArticleJoinsThem() throws {
        let east = HandClaims.Article(id: "east", published: "2022-09-13", sentences: ["Shelling hit Fernhill."])
        let west = HandClaims.Article(id: "west", published: "2022-09-13", sentences: ["Shelling hit Millbrook."])
        let apart = [
            east.with([east.claim(1, in: 0, party: .armeniaMod, kind: .attack, aggressor: .azerbaijan, date: "2022-09-13", places: [Self.fernhill])]),
            west.with([west.claim(1, in: 0, party: .azerbaijanMod, kind: .attack, aggressor: .armenia, date: "2022-09-13", places: [Self.millbrook])]),
        ]
        let separate = Reconciler().reconcile(apart)
        #expect(separate.incidents.map { $0.places.map(\.place) } == [["fernhill-ashgrove"], ["millbrook"]])
        #expect(separate.incidents.allSatisfy { $0.findings.allSatisfy { $0.kind != .aggressor } })

        let wire = HandClaims.Article(id: "wire", published: "2022-09-13", sentences: ["Shelling hit Ashgrove and Millbrook."])
        let joined = Reconciler().reconcile(
            apart + [wire.with([wire.claim(1, in: 0, party: .other, kind: .attack, date: "2022-09-13", places: [Self.ashgrove, Self.millbrook])])])
        #expect(joined.incidents.count == 1)
        #expect(joined.incidents.first?.findings.contains { $0.kind == .aggressor && $0.relation == .contradiction } == true)
    }

    /// One party's toll rising from day to day is a revision upward, in publication order.
    @Test func aRisingTollIsARevisionInDateOrder() throws {
        let days = ["2022-09-13", "2022-09-14", "2022-09-15"]
        let tolls = [49, 105, 135]
        let articles = zip(days, tolls).enumerated().map { index, pair in
            HandClaims.Article(id: "update-\(index)", published: pair.0, sentences: ["The ministry gave a toll."])
        }
        // Listed latest first: the order of input must not order the timeline.
        let inputs = zip(articles, tolls).reversed().map { article, toll in
            article.with([
                article.claim(
                    1, in: 0, party: .armeniaMod, kind: .casualties, victim: .armenia, outcome: .killed,
                    count: CountInterval(min: toll, max: toll), date: "2022-09-13", places: [Self.fernhill])
            ])
        }
        let corpus = Reconciler().reconcile(Array(inputs))
        let revision = try #require(corpus.incidents.first?.findings.first { $0.relation == .revision })
        #expect(revision.detail == .revisedFigures([49, 105, 135].map { CountInterval(min: $0, max: $0) }))
    }
}
