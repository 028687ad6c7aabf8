import ClaimEngine
import Lexicons
import NewsText

/// A claim as the reconciler sees it: who published it and when, the sentence it was read
/// from, its places as canonical ids, and the day it is placed on.
///
/// Its fields live in one shared object, as a `Claim`'s do: an incident's findings, positions
/// and timelines hold and sort the same claims many times over, and a reference is one word
/// to copy and count.
package struct ReportedClaim: Sendable {
    private let shared: Shared

    package init(
        claim: Claim, article: ArticleRecord, places: [PlaceReference],
        day: CalendarDate?, dayIsStated: Bool, since: CalendarDate? = nil
    ) {
        shared = Shared(claim: claim, article: article, places: places, day: day, dayIsStated: dayIsStated, since: since)
    }

    package var claim: Claim { shared.claim }
    /// The article that reported it, shared by all its claims.
    package var article: ArticleRecord { shared.article }
    package var places: [PlaceReference] { shared.places }
    /// The day the claim is placed on: the event day its sentence names, else the day the
    /// article was published; nil when neither is known.
    package var day: CalendarDate? { shared.day }
    /// True when the sentence names `day`; false when `day` is the publication date.
    package var dayIsStated: Bool { shared.dayIsStated }
    /// The earliest day a vague date may mean ("last week": up to seven days before
    /// publication), when it is earlier than `day`; links the claim to a clash of those days.
    package var since: CalendarDate? { shared.since }

    private final class Shared: Sendable {
        let claim: Claim
        let article: ArticleRecord
        let places: [PlaceReference]
        let day: CalendarDate?
        let dayIsStated: Bool
        let since: CalendarDate?

        init(
            claim: Claim, article: ArticleRecord, places: [PlaceReference], day: CalendarDate?, dayIsStated: Bool,
            since: CalendarDate?
        ) {
            self.claim = claim
            self.article = article
            self.places = places
            self.day = day
            self.dayIsStated = dayIsStated
            self.since = since
        }
    }

    /// The sentence that carries the claim, exactly as published.
    package var sentence: String { article.sentence(of: claim) }

    /// The sentence's bytes, for telling sentences apart by their text without making strings.
    package var sentenceBytes: ArraySlice<UInt8> { article.sentenceBytes(of: claim) }

    package var outlet: String { article.outlet }
    package var published: CalendarDate? { article.published }

    package var id: String { claim.id }
    package var document: String { claim.document }
    package var party: Party { claim.party }
    package var side: PartySide { claim.party.side }

    /// Timeline order: by day, then as published (date, document, position in the text).
    package static func timelineOrder(_ lhs: ReportedClaim, _ rhs: ReportedClaim) -> Bool {
        let left = (lhs.day?.ordinal ?? Int.min, lhs.published?.ordinal ?? Int.min)
        let right = (rhs.day?.ordinal ?? Int.min, rhs.published?.ordinal ?? Int.min)
        if left != right { return left < right }
        return publicationOrder(lhs, rhs)
    }

    /// The order in which statements were made: by publication date, then by the day the
    /// sentence gives ("on Wednesday he had said at least 105", told on Friday before "on
    /// Thursday he said 135"), then as published. For a party's figures over time.
    package static func statementOrder(_ lhs: ReportedClaim, _ rhs: ReportedClaim) -> Bool {
        let left = (lhs.published?.ordinal ?? Int.min, lhs.day?.ordinal ?? Int.min)
        let right = (rhs.published?.ordinal ?? Int.min, rhs.day?.ordinal ?? Int.min)
        if left != right { return left < right }
        return publicationOrder(lhs, rhs)
    }

    /// Publication order: by publication date, then document, then position in the text.
    package static func publicationOrder(_ lhs: ReportedClaim, _ rhs: ReportedClaim) -> Bool {
        let left = lhs.published?.ordinal ?? Int.min
        let right = rhs.published?.ordinal ?? Int.min
        if left != right { return left < right }
        if lhs.document != rhs.document { return lhs.document < rhs.document }
        return lhs.claim.number < rhs.claim.number
    }
}
