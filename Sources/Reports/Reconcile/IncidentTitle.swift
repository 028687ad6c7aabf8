import ClaimEngine
import Reconciliation

extension Incident {
    /// Places named in a title.
    package static let titlePlaces = 3

    /// "Clashes around Jermuk, Lachin and Goris, 13–16 September 2022": what the claims are
    /// about (fighting, or only statements), its most cited places, and its days from the start.
    package var title: String {
        let fighting = claims.contains { [.attack, .casualties, .territory].contains($0.claim.kind) }
        let names = places.prefix(Self.titlePlaces).map(\.name)
        let place = names.isEmpty ? "between Armenia and Azerbaijan" : "around " + readableList(names)
        let when = span.map { span in DaySpan(first: start ?? span.first, last: span.last).readable } ?? "date unknown"
        return "\(fighting ? "Clashes" : "Statements") \(place), \(when)"
    }
}
