import Lexicons
import Reconciliation
import Reports
import TestSupport
import Testing

/// Each finding rule on small corpora of real sentences.
struct FindingRuleTests {
    typealias Fixture = ReconciliationFixture.Article

    /// The findings of a one-incident corpus.
    func findings(_ articles: [Fixture]) throws -> [Finding] {
        let corpus = try ReconciliationFixture.reconcile(articles)
        #expect(corpus.incidents.count == 1, "\(corpus.incidents.map(\.id))")
        return corpus.incidents.first?.findings ?? []
    }

    func summary(_ finding: Finding) -> String {
        "\(finding.kind.rawValue) \(finding.relation.rawValue) \(finding.parties.map(\.rawValue).joined(separator: ","))"
    }

    @Test func eachSideBlamingTheOtherIsAnAggressorContradiction() throws {
        let found = try findings([
            Fixture(
                "wire-a", published: "2022-09-13",
                "Armenia said on Tuesday that Azerbaijani forces had attacked towns near Jermuk."),
            Fixture(
                "wire-b", published: "2022-09-13",
                "Azerbaijan said on Tuesday that Armenian units had fired first on its positions near Jermuk. China urged both sides to exercise restraint."
            ),
        ])
        let aggressor = try #require(found.first { $0.kind == .aggressor })
        #expect(summary(aggressor) == "aggressor contradiction armenia-gov,azerbaijan-gov")
        #expect(aggressor.positions.map(\.stance) == [.blames(.azerbaijan), .blames(.armenia), .neutral])
        let china = try #require(aggressor.positions.last)
        #expect(china.party == .china && !china.inDispute)
        #expect(
            aggressor.summary
                == "Armenia's government blames Azerbaijan; Azerbaijan's government blames Armenia. China blames no one.")
        #expect(aggressor.evidence.map(\.id) == ["wire-a#1", "wire-b#1", "wire-b#2"])
    }

    @Test func aDenialAnswersAnAccusation() throws {
        let found = try findings([
            Fixture(
                "wire-a", published: "2022-09-13",
                "Armenia said on Tuesday that Azerbaijani forces had attacked towns near Jermuk. Azerbaijan's defence ministry denied that its troops had opened fire near Jermuk."
            )
        ])
        let aggressor = try #require(found.first { $0.kind == .aggressor })
        #expect(aggressor.positions.map(\.stance) == [.denies(.azerbaijan), .blames(.azerbaijan)])
        #expect(aggressor.parties == [.azerbaijanMod, .armeniaGov])
    }

    /// A side's account of its own action — "took retaliatory measures", "launched
    /// anti-terrorist measures" — is an attack by that side in the data, but it is a response
    /// or an admission, never the side blaming itself.
    @Test func ownActionIsNoSelfAccusation() throws {
        let found = try findings([
            Fixture(
                "wire-a", published: "2023-09-19",
                "Azerbaijan's defence ministry said its units had launched local anti-terrorist measures near Askeran on Tuesday after Armenian forces shelled its positions. Armenia's government said Azerbaijani forces had attacked Askeran on Tuesday."
            )
        ])
        let aggressor = try #require(found.first { $0.kind == .aggressor })
        #expect(aggressor.positions.map(\.stance) == [.blames(.armenia), .blames(.azerbaijan)])
        #expect(summary(aggressor) == "aggressor contradiction azerbaijan-mod,armenia-gov")
    }

    @Test func oneSideAloneIsNoDispute() throws {
        let found = try findings([
            Fixture(
                "wire-a", published: "2022-09-13",
                "Armenia said on Tuesday that Azerbaijani forces had attacked towns near Jermuk.")
        ])
        #expect(found.filter { $0.kind == .aggressor }.isEmpty)
    }

    @Test func countsThatCannotBothBeTrueAreALossesContradiction() throws {
        let found = try findings([
            Fixture(
                "az-mod", outlet: "Ministry of Defence of Azerbaijan", published: "2020-09-28",
                "Azerbaijan's defence ministry said about 550 Armenian servicemen had been killed near Hadrut."),
            Fixture(
                "arm-mod", outlet: "Ministry of Defence of Armenia", published: "2020-09-28",
                "Armenia's defence ministry said 31 Armenian servicemen had been killed near Hadrut."),
        ])
        let losses = try #require(found.first { $0.kind == .losses && $0.relation == .contradiction })
        #expect(summary(losses) == "losses contradiction armenia-mod,azerbaijan-mod")
        #expect(losses.victim == .armenia && losses.outcome == .killed)
        #expect(losses.positions.map(\.stance) == [.figure(.exactly(31)), .figure(CountInterval(min: 495, max: 605))])
        #expect(
            losses.summary
                == "Armenian forces killed: Armenia's defence ministry 31, Azerbaijan's defence ministry 495–605; the figures cannot all be true."
        )
    }

    @Test func aPartyRaisingItsOwnFigureIsARevisionNotAContradiction() throws {
        let found = try findings([
            Fixture("wire-a", published: "2022-09-13", "Armenia said 49 of its soldiers had been killed near Jermuk."),
            Fixture(
                "wire-b", published: "2022-09-16",
                "Armenia said on Thursday that 135 of its soldiers had been killed near Jermuk."),
        ])
        #expect(found.map(summary) == ["losses revision armenia-gov"])
        let revision = try #require(found.first)
        #expect(revision.summary == "Armenia's government revised its figure for Armenian forces killed: 49 → 135.")
        #expect(revision.evidence.map(\.id) == ["wire-a#1", "wire-b#1"])
        #expect(revision.key == "losses-armenia-killed-revision-armenia-gov")
    }

    /// A toll told later for an earlier day is still the later figure, and an article with no
    /// publication date cannot be placed on the timeline at all.
    @Test func aRisingTollIsNeverAFallingRevision() throws {
        let found = try findings([
            Fixture(
                "wire-a", published: "2022-09-14",
                "Armenia's defence ministry said nearly 50 soldiers had been killed near Jermuk."),
            Fixture(
                "wire-b", published: "2022-09-20",
                "Armenia's defence ministry said 207 soldiers had been killed near Jermuk on 13 September 2022."),
            Fixture(
                "blog-c", outlet: "Border Notes", published: nil,
                "Armenia's defence ministry said 300 soldiers had been killed near Jermuk on 13 September 2022."),
        ])
        let revision = try #require(found.first { $0.relation == .revision })
        #expect(revision.summary == "Armenia's defence ministry revised its figure for Armenian forces killed: 45–49 → 207.")
        #expect(!revision.evidence.contains { $0.document == "blog-c" })
    }

    /// Two figures in one article are parts of one account — one town's dead and another's —
    /// not a figure revised.
    @Test func figuresOfOneArticleAreNoRevision() throws {
        let found = try findings([
            Fixture(
                "wire-a", published: "2020-09-28",
                "Azerbaijan's defence ministry said five civilians were killed in Tartar on Sunday. Azerbaijan's defence ministry said one civilian was killed in Tartar on Monday."
            )
        ])
        #expect(!found.contains { $0.relation == .revision })
    }

    @Test func overlappingFiguresOfBothSidesAgree() throws {
        let found = try findings([
            Fixture(
                "wire-a", published: "2020-09-28",
                "Azerbaijan's defence ministry said about 30 Armenian servicemen had been killed near Hadrut."),
            Fixture(
                "wire-b", published: "2020-09-28",
                "Armenia's defence ministry said 31 Armenian servicemen had been killed near Hadrut."),
        ])
        #expect(found.map(summary) == ["losses agreement armenia-mod,azerbaijan-mod"])
    }

    @Test func ownLossesWithoutANumberAreAnOmission() throws {
        let found = try findings([
            Fixture(
                "wire-a", published: "2020-09-28",
                "Armenia's defence ministry said about 200 Azerbaijani servicemen had been killed near Hadrut. Azerbaijan's defence ministry acknowledged that some of its servicemen had died near Hadrut but has not said how many."
            )
        ])
        let omission = try #require(found.first { $0.relation == .omission })
        #expect(summary(omission) == "losses omission azerbaijan-mod")
        #expect(omission.victim == .azerbaijan && omission.outcome == .killed)
        #expect(omission.positions.map(\.stance) == [.figure(CountInterval(min: 180, max: 220)), .unspecified])
        #expect(omission.summary == "Azerbaijan's defence ministry speaks of Azerbaijani forces killed without giving a number.")
        #expect(!found.contains { $0.relation == .contradiction })
    }

    @Test func ceasefireStartsOnDifferentDaysAreADateContradiction() throws {
        let found = try findings([
            Fixture(
                "wire-a", published: "2022-09-13",
                "Russia's foreign ministry said a ceasefire had been agreed from 9 am Moscow time (0600 GMT) on Tuesday near Jermuk."
            ),
            Fixture(
                "wire-b", published: "2022-09-15",
                "Armenia's Security Council secretary announced the truce near Jermuk on Wednesday evening."),
        ])
        let date = try #require(found.first { $0.kind == .date })
        #expect(summary(date) == "date contradiction armenia-gov,russia")
        #expect(date.event == .ceasefireStart)
        #expect(
            date.summary == "The ceasefire began: Armenia's government 2022-09-14; Russia 2022-09-13 06:00Z; the accounts differ."
        )
    }

    /// One side dates an attack by the other to the day before its own account begins, and the
    /// other side denies it: the start itself is disputed, though the days are one apart.
    @Test func aDeniedProvocationTheDayBeforeIsADisputedStart() throws {
        let found = try findings([
            Fixture(
                "wire-a", published: "2024-02-13",
                "Armenia said Azerbaijani troops had fired on its positions near Nerkin Hand on Tuesday. Azerbaijan's border service said it had punished a provocation Armenian forces had committed near Nerkin Hand the day before. Armenia rejected those claims."
            )
        ])
        let date = try #require(found.first { $0.kind == .date && $0.event == .fightingStart })
        #expect(summary(date) == "date contradiction armenia-gov,azerbaijan-gov")
        #expect(date.summary.contains("Azerbaijan's government 2024-02-12"))
    }

    /// "The resumed offensive" two days later is a later phase of the fighting, not another
    /// account of when it started.
    @Test func aResumedOffensiveDatesNoStart() throws {
        let found = try findings([
            Fixture(
                "wire-a", published: "2016-04-02",
                "Azerbaijan said Armenian forces had shelled its positions near Talish on Saturday."),
            Fixture(
                "wire-b", published: "2016-04-04",
                "Stepanakert said Azerbaijani troops had lost a tank in the resumed offensive near Talish on Monday."),
        ])
        #expect(!found.contains { $0.kind == .date && $0.event == .fightingStart })
    }

    /// "Overnight" may be dated to either day of the night: a start a day apart read from it is
    /// not a dispute, even when the later side denies the attack.
    @Test func anOvernightStartADayApartIsNoDispute() throws {
        let found = try findings([
            Fixture(
                "wire-a", published: "2024-02-13",
                "Armenia said Azerbaijani troops had shelled its positions near Nerkin Hand overnight. Azerbaijan said on Tuesday that Armenian units had fired on its posts near Nerkin Hand. Azerbaijan denied that its troops had opened fire."
            )
        ])
        #expect(!found.contains { $0.kind == .date && $0.event == .fightingStart && $0.relation == .contradiction })
    }

    @Test func bothSidesConfirmingACeasefireIsAnAgreement() throws {
        let found = try findings([
            Fixture(
                "wire-a", published: "2022-09-13",
                "Russia's foreign ministry said a ceasefire had been agreed from 9 am Moscow time (0600 GMT) on Tuesday near Jermuk. Armenia's defence ministry said a ceasefire took effect from 9 am Moscow time (0600 GMT) on Tuesday near Jermuk."
            )
        ])
        #expect(found.map(summary) == ["date agreement armenia-mod,russia", "ceasefire agreement armenia-mod,russia"])
        #expect(found.last?.summary == "Armenia's defence ministry and Russia say a ceasefire was agreed or is in force.")
    }

    @Test func findingsComeInAStableOrder() throws {
        let articles = [
            Fixture(
                "wire-a", published: "2022-09-13",
                "Armenia said on Tuesday that Azerbaijani forces had attacked towns near Jermuk. Armenia said 49 of its soldiers had been killed near Jermuk."
            ),
            Fixture(
                "wire-b", published: "2022-09-16",
                "Azerbaijan said on Tuesday that Armenian units had fired first on its positions near Jermuk. Armenia said on Thursday that 135 of its soldiers had been killed near Jermuk."
            ),
        ]
        let first = try findings(articles).map(\.key)
        #expect(
            first == ["aggressor-contradiction", "losses-armenia-killed-revision-armenia-gov", "date-fighting-start-agreement"])
        #expect(try findings(articles.reversed()).map(\.key) == first)
    }
}
