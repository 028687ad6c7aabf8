import ClaimEngine
import NewsText

/// A claim as the reconciler sees it: who published it and when, the sentence it was read
/// from, its places as canonical ids, and the day it is placed on.
package struct ReportedClaim: Sendable {
    package let claim: Claim
    package let outlet: String
    package let published: CalendarDate?
    /// The sentence that carries the claim, exactly as published.
    package let sentence: String
    package let places: [PlaceReference]
    /// The day the claim is placed on: the event day its sentence names, else the day the
    /// article was published; nil when neither is known.
    package let day: CalendarDate?
    /// True when the sentence names `day`; false when `day` is the publication date.
    package let dayIsStated: Bool

    package init(
        claim: Claim, outlet: String, published: CalendarDate?, sentence: String, places: [PlaceReference],
        day: CalendarDate?, dayIsStated: Bool
    ) {
        self.claim = claim
        self.outlet = outlet
        self.published = published
        self.sentence = sentence
        self.places = places
        self.day = day
        self.dayIsStated = dayIsStated
    }

    package var id: String { claim.id }
    package var document: String { claim.document }
    package var party: Party { claim.party }
    package var side: PartySide { claim.party.side }

    /// Timeline order: by day, then as published (date, document, position in the text).
    package static func timelineOrder(_ lhs: ReportedClaim, _ rhs: ReportedClaim) -> Bool {
        let left = (lhs.day?.dayNumber ?? Int.min, lhs.published?.dayNumber ?? Int.min)
        let right = (rhs.day?.dayNumber ?? Int.min, rhs.published?.dayNumber ?? Int.min)
        if left != right { return left < right }
        return publicationOrder(lhs, rhs)
    }

    /// Publication order: by publication date, then document, then position in the text.
    package static func publicationOrder(_ lhs: ReportedClaim, _ rhs: ReportedClaim) -> Bool {
        let left = lhs.published?.dayNumber ?? Int.min
        let right = rhs.published?.dayNumber ?? Int.min
        if left != right { return left < right }
        if lhs.document != rhs.document { return lhs.document < rhs.document }
        return lhs.claim.number < rhs.claim.number
    }
}
