import ClaimEngine
import Lexicons
import NewsText

/// A claim as the reconciler sees it: who published it and when, the sentence it was read
/// from, and the day it is placed on.
///
/// Held inline, in 24 bytes — two references and its days — rather than in an object of its
/// own: a corpus holds one per claim, and an object's header and the allocator's chunk would
/// double that. Findings cite claims by their place in the incident's list (`CitedClaims`).
package struct ReportedClaim: Sendable {
    package let claim: Claim
    /// The article that reported it, shared by all its claims.
    package let article: ArticleRecord
    private let days: Days

    package init(claim: Claim, article: ArticleRecord, day: CalendarDate?, dayIsStated: Bool, since: CalendarDate? = nil) {
        self.claim = claim
        self.article = article
        days = Days(day: day, stated: dayIsStated, since: since)
    }

    /// The day the claim is placed on: the event day its sentence names, else the day the
    /// article was published; nil when neither is known.
    package var day: CalendarDate? { days.day }
    /// True when the sentence names `day`; false when `day` is the publication date.
    package var dayIsStated: Bool { days.stated }
    /// The earliest day a vague date may mean ("last week": up to seven days before
    /// publication), when it is earlier than `day`; links the claim to a clash of those days.
    package var since: CalendarDate? { days.since }

    /// The claim's day, whether it is stated, and `since`, in 8 bytes: the day by its number,
    /// `since` as the days before it.
    private struct Days {
        private let dayNumber: Int32
        private let sinceDaysBefore: UInt16
        let stated: Bool

        private static let none = Int32.min

        init(day: CalendarDate?, stated: Bool, since: CalendarDate?) {
            precondition(since == nil || day != nil, "a claim reaches back only from a day it is placed on")
            let number = day.map { Int32(clamping: $0.dayNumber) } ?? Self.none
            dayNumber = number
            sinceDaysBefore = UInt16(clamping: since.map { Int(number) - $0.dayNumber } ?? 0)
            self.stated = stated
        }

        var day: CalendarDate? { dayNumber == Self.none ? nil : CalendarDate(dayNumber: Int(dayNumber)) }
        /// The day's place in calendar order, unknown first: for sorting without making dates.
        var order: Int { Int(dayNumber) }
        var since: CalendarDate? {
            sinceDaysBefore == 0 || dayNumber == Self.none ? nil : CalendarDate(dayNumber: Int(dayNumber) - Int(sinceDaysBefore))
        }
    }

    /// The sentence that carries the claim, exactly as published.
    package var sentence: String { article.sentence(of: claim) }

    /// The sentence's bytes, for telling sentences apart by their text without making strings.
    package var sentenceBytes: ArraySlice<UInt8> { article.sentenceBytes(of: claim) }

    package var outlet: String { article.outlet }
    package var published: CalendarDate? { article.published }

    package var id: String { claim.id(in: article.id) }
    package var document: String { article.id }
    package var party: Party { claim.party }
    package var side: PartySide { claim.party.side }

    /// Timeline order: by day, then as published (date, document, position in the text).
    package static func timelineOrder(_ lhs: ReportedClaim, _ rhs: ReportedClaim) -> Bool {
        let left = (lhs.days.order, lhs.published?.ordinal ?? Int.min)
        let right = (rhs.days.order, rhs.published?.ordinal ?? Int.min)
        if left != right { return left < right }
        return publicationOrder(lhs, rhs)
    }

    /// The order in which statements were made: by publication date, then by the day the
    /// sentence gives ("on Wednesday he had said at least 105", told on Friday before "on
    /// Thursday he said 135"), then as published. For a party's figures over time.
    package static func statementOrder(_ lhs: ReportedClaim, _ rhs: ReportedClaim) -> Bool {
        let left = (lhs.published?.ordinal ?? Int.min, lhs.days.order)
        let right = (rhs.published?.ordinal ?? Int.min, rhs.days.order)
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
