import ClaimEngine
import Lexicons
import NewsText

/// Gives a group of claims its incident id, start day and ranked places.
///
/// The id is the start day and the most-cited place, slug-safe and unique in the corpus:
/// `2022-09-13-jermuk`; `2022-09-13-jermuk-2` for a second clash with the same start and
/// place; `2022-09-13-clashes` when no claim names a place; `undated-jermuk` when no day is
/// known. Reports words the title from these ("Clashes around Jermuk, …").
package struct IncidentNamer: Sendable {
    package init() {}

    /// The incident of these claims (in publication order), with an id not in `usedIDs`.
    package func incident(claims: [ReportedClaim], usedIDs: inout Set<String>) -> Incident {
        let span = DaySpan(covering: claims.compactMap(\.day))
        let start = startDay(of: claims) ?? span?.first
        let places = rankedPlaces(claims)
        let stem = "\(start?.description ?? "undated")-\(places.first?.place ?? "clashes")"
        var id = stem
        var copy = 1
        while usedIDs.contains(id) {
            copy += 1
            id = "\(stem)-\(copy)"
        }
        usedIDs.insert(id)
        return Incident(
            id: id, span: span, start: start,
            places: places, claims: claims)
    }

    /// The day the clash began: the earliest day a sentence names for an attack, a loss or a
    /// ceasefire; failing that, the earliest day of any claim.
    package func startDay(of claims: [ReportedClaim]) -> CalendarDate? {
        claims.filter { $0.dayIsStated && $0.claim.kind != .appeal }.compactMap(\.day).min()
    }

    /// The places of the claims, most documents first, then most claims, then by id.
    package func rankedPlaces(_ claims: [ReportedClaim]) -> [IncidentPlace] {
        var documents: [String: Set<String>] = [:]
        var counts: [String: Int] = [:]
        var names: [String: [PlaceReference: Int]] = [:]
        for claim in claims {
            for reference in claim.claim.places.distinctPlaces {
                documents[reference.place, default: []].insert(claim.document)
                counts[reference.place, default: 0] += 1
                names[reference.place, default: [:]][reference, default: 0] += 1
            }
        }
        return counts.keys.map { place in
            IncidentPlace(
                place: place, name: Self.displayName(names[place] ?? [:]), documents: documents[place]?.count ?? 0,
                claims: counts[place] ?? 0)
        }.sorted { lhs, rhs in
            if lhs.documents != rhs.documents { return lhs.documents > rhs.documents }
            if lhs.claims != rhs.claims { return lhs.claims > rhs.claims }
            return lhs.place < rhs.place
        }
    }

    /// The neutral name when the claims use one; else each side's most used name,
    /// Armenian usage first: "Stepanakert/Khankendi".
    private static func displayName(_ uses: [PlaceReference: Int]) -> String {
        func mostUsed(_ leaning: WordLeaning) -> String? {
            uses.filter { $0.key.leaning == leaning }
                .max { lhs, rhs in lhs.value != rhs.value ? lhs.value < rhs.value : lhs.key.name > rhs.key.name }?.key.name
        }
        if let neutral = mostUsed(.neutral) { return neutral }
        return [mostUsed(.armenian), mostUsed(.azerbaijani)].compactMap { $0 }.joined(separator: "/")
    }
}
