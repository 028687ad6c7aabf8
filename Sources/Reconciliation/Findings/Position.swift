import ClaimEngine
import Lexicons
import NewsText

/// What one party says on a finding's question, and the claims that say it.
package struct Position: Sendable {
    package let party: Party
    package let stance: Stance
    /// True for the sides of the question; false for context, such as a third party that
    /// blames no one ("neutral") or a figure shown beside an omission.
    package let inDispute: Bool
    /// The claims behind the stance, in timeline order.
    package let evidence: CitedClaims

    package init(party: Party, stance: Stance, inDispute: Bool, evidence: CitedClaims) {
        self.party = party
        self.stance = stance
        self.inDispute = inDispute
        self.evidence = evidence
    }
}

/// A party's answer to a finding's question (a reporting verb's doubt or credence is the other
/// stance, `ReportingVerb.Stance`).
extension Position {
    package enum Stance: Hashable, Sendable {
        /// Names this side as the one that attacked.
        case blames(Belligerent)
        /// Denies that this side attacked.
        case denies(Belligerent)
        /// Spoke about the incident without blaming anyone.
        case neutral
        /// Its latest figure.
        case figure(CountInterval)
        /// Spoke of the losses without a number.
        case unspecified
        /// Placed the event at these moments, earliest first.
        case moments([EventMoment])
        /// Said a ceasefire was agreed or is in force.
        case confirms
        /// Said a ceasefire was violated.
        case reportsViolation
    }
}

/// When a party places an event: a day, a time of day, or both.
///
/// A time in UTC (the sentence named a zone) is compared as it is; one without a zone is on the
/// theatre's clock (`StatedTime`).
package struct EventMoment: Hashable, Sendable, CustomStringConvertible {
    package let day: CalendarDate?
    package let time: StatedTime?

    package init(day: CalendarDate?, time: StatedTime?) {
        self.day = day
        self.time = time
    }

    /// The time when it is UTC, comparable across parties.
    package var utcTime: StatedTime? { time.flatMap { $0.isUTC ? $0 : nil } }

    /// Whether the two moments cannot both be right: different days, or different UTC times.
    package func conflicts(with other: EventMoment) -> Bool {
        if let day, let otherDay = other.day, day != otherDay { return true }
        if let time = utcTime, let otherTime = other.utcTime, time != otherTime {
            // Same day, or a day missing on one side: a different hour is a different moment.
            return true
        }
        return false
    }

    package var description: String {
        [day?.description, time?.description].compactMap { $0 }.joined(separator: " ")
    }
}
