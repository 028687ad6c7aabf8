import Lexicons
import NewsText

/// Claims about one clash, from every outlet that reported it, with the findings about them.
///
/// `id` is stable and readable, the first day of the clash and its most-cited place:
/// `2022-09-13-jermuk`.
package struct Incident: Sendable {
    package let id: String
    /// The days the claims are placed on; nil when no claim could be dated.
    package let span: DaySpan?
    /// The day the clash began, as the claims tell it (the date in `id`).
    package let start: CalendarDate?
    /// The places named, most cited first.
    package let places: [IncidentPlace]
    /// The member claims, in publication order.
    package let claims: [ReportedClaim]
    /// Findings in a stable order: by kind, relation, question, then party.
    package var findings: [Finding]

    package init(
        id: String, span: DaySpan?, start: CalendarDate?, places: [IncidentPlace],
        claims: [ReportedClaim], findings: [Finding] = []
    ) {
        self.id = id
        self.span = span
        self.start = start
        self.places = places
        self.claims = claims
        self.findings = findings
    }

    /// The documents that report the incident, in publication order.
    package var documents: [String] {
        var seen = Set<String>()
        var documents: [String] = []
        for claim in claims where seen.insert(claim.document).inserted { documents.append(claim.document) }
        return documents
    }

    /// Every party with a claim in the incident, in DESIGN.md order.
    package var parties: [Party] { Set(claims.map(\.party)).sorted() }
}

/// A place of an incident and how often the claims name it.
package struct IncidentPlace: Hashable, Sendable {
    /// The canonical id: "stepanakert-khankendi".
    package let place: String
    /// The names the claims use, neutral first: "Black Lake", or "Stepanakert/Khankendi"
    /// when only the rival names occur.
    package let name: String
    /// Documents whose claims name the place.
    package let documents: Int
    /// Claims that name the place.
    package let claims: Int

    package init(place: String, name: String, documents: Int, claims: Int) {
        self.place = place
        self.name = name
        self.documents = documents
        self.claims = claims
    }
}
