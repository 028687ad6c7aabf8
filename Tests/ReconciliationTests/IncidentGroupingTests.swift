import Reconciliation
import Reports
import TestSupport
import Testing

/// Grouping claims into incidents: one clash reported by many outlets is one incident;
/// clashes a year apart, or at different places, are not; rival place names are one place.
struct IncidentGroupingTests {
    typealias Fixture = ReconciliationFixture.Article

    /// Each claim's incident is found from the claim; a claim that recalls history is in none.
    @Test func eachClaimFindsItsIncident() throws {
        let corpus = try ReconciliationFixture.reconcile([
            Fixture(
                "wire-a", published: "2022-09-13",
                "In April 2016, Azerbaijan said Armenian forces shelled Tartar. Armenia said on Tuesday that Azerbaijani forces had attacked towns near Jermuk."),
            Fixture("wire-b", published: "2023-09-20", "Azerbaijan said on Tuesday that Armenian units had fired on its positions near Shusha."),
        ])
        let incidents = corpus.claimIncidents()
        #expect(corpus.incidents.count == 2)
        for (position, incident) in corpus.incidents.enumerated() {
            for reported in incident.claims {
                #expect(incidents.position(of: reported.claim, in: reported.document) == position)
                #expect(incidents.id(of: reported.claim, in: reported.document) == incident.id)
            }
        }
        let history = try #require(corpus.background.first)
        #expect(history.document == "wire-a" && history.claim.number == 1)
        #expect(incidents.position(of: history.claim, in: "wire-a") == nil)
    }

    @Test func oneClashAcrossOutletsIsOneIncident() throws {
        let corpus = try ReconciliationFixture.reconcile([
            Fixture(
                "wire-a", published: "2022-09-13",
                "Armenia said on Tuesday that Azerbaijani forces had attacked towns near Jermuk."),
            Fixture(
                "azvanguard-a", outlet: "Azeri Vanguard", published: "2022-09-13",
                "Azerbaijan said on Tuesday that Armenian units had fired first on its positions near Jermuk."),
            Fixture(
                "wire-b", published: "2022-09-16",
                "Armenia said on Thursday that 135 of its soldiers had been killed near Jermuk."),
        ])
        #expect(corpus.incidents.map(\.id) == ["2022-09-13-jermuk"])
        let incident = try #require(corpus.incidents.first)
        #expect(incident.documents == ["azvanguard-a", "wire-a", "wire-b"])
        #expect(incident.span?.description == "2022-09-13…2022-09-15")
        #expect(incident.title == "Clashes around Jermuk, 13–15 September 2022")
    }

    @Test func clashesAYearApartStaySeparate() throws {
        let corpus = try ReconciliationFixture.reconcile([
            Fixture(
                "wire-2021", published: "2021-11-16",
                "Armenia said on Tuesday that Azerbaijani forces had attacked towns near Jermuk."),
            Fixture(
                "wire-2022", published: "2022-09-13",
                "Armenia said on Tuesday that Azerbaijani forces had attacked towns near Jermuk."),
        ])
        #expect(corpus.incidents.map(\.id) == ["2021-11-16-jermuk", "2022-09-13-jermuk"])
        #expect(corpus.incidents.map(\.documents) == [["wire-2021"], ["wire-2022"]])
    }

    @Test func rivalNamesOfOnePlaceMerge() throws {
        let corpus = try ReconciliationFixture.reconcile([
            Fixture(
                "armfront-a", outlet: "Armenian Frontline", published: "2020-09-27",
                "Armenia said Azerbaijani forces shelled Stepanakert on Sunday."),
            Fixture(
                "azvanguard-a", outlet: "Azeri Vanguard", published: "2020-09-27",
                "Azerbaijan said Armenian forces shelled its positions near Khankendi on Sunday."),
        ])
        #expect(corpus.incidents.count == 1)
        let place = try #require(corpus.incidents.first?.places.first)
        #expect(place.place == "stepanakert-khankendi")
        #expect(place.documents == 2)
        #expect(place.name == "Stepanakert/Khankendi")
    }

    @Test func sameDaysAtUnrelatedPlacesStaySeparate() throws {
        let corpus = try ReconciliationFixture.reconcile([
            Fixture(
                "wire-a", published: "2022-09-13",
                "Armenia said on Tuesday that Azerbaijani forces had attacked towns near Jermuk."),
            Fixture("wire-b", published: "2022-09-13", "Armenia said Azerbaijani forces shelled Stepanakert on Tuesday."),
        ])
        #expect(corpus.incidents.map(\.id) == ["2022-09-13-jermuk", "2022-09-13-stepanakert-khankendi"])
    }

    @Test func historyInAnArticleDoesNotDragIncidentsTogether() throws {
        let corpus = try ReconciliationFixture.reconcile([
            Fixture("wire-2016", published: "2016-04-02", "Armenia said Azerbaijani forces shelled Stepanakert on Saturday."),
            Fixture(
                "armfront-2023", outlet: "Armenian Frontline", published: "2023-09-19",
                "Armenia said Azerbaijani forces shelled Stepanakert on Tuesday. In April 2016, Azerbaijani troops attacked Artsakh's positions near Stepanakert."
            ),
        ])
        #expect(corpus.incidents.map(\.id) == ["2016-04-02-stepanakert-khankendi", "2023-09-19-stepanakert-khankendi"])
        #expect(corpus.background.map(\.id) == ["armfront-2023#2"])
        #expect(corpus.incidents.allSatisfy { !$0.claims.contains { $0.id == "armfront-2023#2" } })
    }

    /// "Last week" may mean any of the seven days before publication: a toll published six days
    /// after a clash joins it rather than opening an incident of its own.
    @Test func aLastWeekAccountJoinsTheClashOfThoseDays() throws {
        let corpus = try ReconciliationFixture.reconcile([
            Fixture("wire-a", published: "2022-09-13", "Armenia said Azerbaijani forces shelled Jermuk on Tuesday."),
            Fixture(
                "wire-b", published: "2022-09-19",
                "Armenia's Security Council said 105 soldiers were killed near Jermuk last week, and that Azerbaijani forces attacked first."
            ),
        ])
        #expect(corpus.incidents.map(\.id) == ["2022-09-13-jermuk"])
        #expect(corpus.incidents.first?.documents == ["wire-a", "wire-b"])
    }

    @Test func aLullAtTheSamePlacesIsOneStandoffButATruceStartsANewIncident() throws {
        let standoff = try ReconciliationFixture.reconcile([
            Fixture(
                "wire-a", published: "2021-05-13",
                "Armenia said on Wednesday that Azerbaijani troops had attacked positions near Gegharkunik."),
            Fixture(
                "wire-b", published: "2021-05-25",
                "Armenia said on Tuesday that Azerbaijani forces had attacked its soldiers in Gegharkunik."),
        ])
        #expect(standoff.incidents.map(\.id) == ["2021-05-12-gegharkunik"])

        let truce = try ReconciliationFixture.reconcile([
            Fixture("wire-a", published: "2020-09-28", "Armenia said Azerbaijani forces shelled Hadrut on Sunday."),
            Fixture(
                "wire-b", published: "2020-10-10",
                "Russia said a ceasefire had been agreed in Moscow on Saturday. Armenia said Azerbaijani forces shelled Hadrut on Saturday."
            ),
        ])
        #expect(truce.incidents.map(\.id) == ["2020-09-27-hadrut", "2020-10-10-hadrut"])
    }

    @Test func aTakenIDGetsANumber() throws {
        let corpus = try ReconciliationFixture.reconcile([
            Fixture(
                "wire-a", published: "2022-09-13",
                "Armenia said on Tuesday that Azerbaijani forces had attacked towns near Jermuk.")
        ])
        let claims = try #require(corpus.incidents.first).claims
        var used: Set<String> = ["2022-09-13-jermuk"]
        #expect(IncidentNamer().incident(claims: claims, usedIDs: &used).id == "2022-09-13-jermuk-2")
        #expect(IncidentNamer().incident(claims: claims, usedIDs: &used).id == "2022-09-13-jermuk-3")
    }

    @Test func theShippedCorpusHasOneIncidentPerClash() throws {
        let corpus = try ShippedCorpus.reconciled()
        let starts = corpus.incidents.compactMap { $0.span?.first.description }
        #expect(corpus.incidents.count == 6, "\(corpus.incidents.map(\.id))")
        for (clash, day) in [
            ("war start", "2020-09-27"), ("Moscow truce", "2020-10-10"), ("May 2021 border", "2021-05-12"),
            ("November 2021", "2021-11-16"), ("September 2022", "2022-09-13"), ("September 2023", "2023-09-19"),
        ] {
            #expect(corpus.incidents.filter { $0.span?.contains(.init(iso: day)!) == true }.count == 1, "\(clash): \(starts)")
        }
    }
}
