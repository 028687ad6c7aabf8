import Lexicons
import NewsText

/// When an event happened — the fighting's start, a ceasefire's start — as each party tells it.
///
///     Moscow said a ceasefire had been agreed from 9 am Moscow time on Tuesday.     russia: 2022-09-13 06:00Z
///     Grigoryan announced the truce on Wednesday evening.                            armenia-gov: 2022-09-14
///
/// A party's answer to "when did the fighting start" is the earliest day it names for an
/// attack; to "when did the ceasefire start", every start it names. Two parties of different sides that give
/// conflicting moments (different days, or different UTC times) are a **contradiction**;
/// parties that share a day or a UTC time and never conflict are an **agreement**. A fighting
/// start read from "overnight" may land a day early, so fighting starts one day apart do not
/// conflict — unless the earlier day is not a night and the party with the later day denies
/// the attack the other dates to it ("a provocation Armenian forces had committed the day
/// before" — "Armenia has denied these claims"): then the earlier day is a first act one side
/// asserts and the other rejects, not the same night read twice.
package struct DateFinder: FindingRule {
    package let name = "date"
    /// Days two fighting starts may differ by and still be the same start.
    package var fightingStartTolerance = 1

    package init() {}

    package func findings(in incident: Incident) -> [Finding] {
        DatedEvent.allCases.compactMap { finding($0, answers: answers(for: $0, in: incident), in: incident) }
    }

    /// Each party's answer, with the claims that give it, in party order: its earliest
    /// fighting start, or every ceasefire start it names, earliest first.
    package func answers(for event: DatedEvent, in incident: Incident) -> [Position] {
        // Grouped as they are found: an incident told by thousands dates an attack in each.
        // Claims by their place in the incident's list (`CitedClaims`).
        var byParty: [Party: [(UInt32, EventMoment)]] = [:]
        for (index, reported) in incident.claims.enumerated() {
            if let moment = moment(of: reported, for: event) {
                byParty[reported.party, default: []].append((UInt32(index), moment))
            }
        }
        return byParty.keys.sorted().map { party in
            let held = byParty[party] ?? []
            var distinct = Set(held.map(\.1)).sorted(by: Self.earlier)
            // An attack on a later day is not the start of the fighting; the start is the
            // earliest day with the earliest hour given for it (or given with no day).
            if event == .fightingStart, let first = distinct.first {
                let hour = distinct.filter { $0.time != nil && ($0.day == nil || $0.day == first.day) }.compactMap(\.time).min()
                distinct = [EventMoment(day: first.day, time: first.time ?? hour)]
            }
            // A party that gives a ceasefire's hour means that hour; a bare day it also names
            // is when the truce was announced ("announced by Washington on Sunday, effective
            // at midnight").
            if event == .ceasefireStart, distinct.contains(where: { $0.time != nil }) {
                distinct = distinct.filter { $0.time != nil }
            }
            let evidence = held.filter { moment in
                distinct.contains { $0 == moment.1 || ($0.time == moment.1.time && moment.1.day == nil) || ($0.day == moment.1.day && moment.1.time == nil) }
            }.map(\.0)
            return Position(
                party: party, stance: .moments(distinct), inDispute: false, evidence: CitedClaims(evidence, of: incident.claims))
        }
    }

    /// The moment a claim gives for the event, if it gives one.
    private func moment(of reported: ReportedClaim, for event: DatedEvent) -> EventMoment? {
        let claim = reported.claim
        guard reported.party.takesSides, !claim.negated else { return nil }
        let statedDay = reported.dayIsStated ? reported.day : nil
        switch event {
        case .fightingStart:
            // "The resumed offensive on April 4" dates a later phase, not the start.
            guard claim.kind == .attack, !claim.resumes, statedDay != nil || claim.time != nil else { return nil }
            return EventMoment(day: statedDay, time: claim.time)
        case .ceasefireStart:
            // "took effect at 18:30", "agreed … on Tuesday", "announced the truce on Wednesday
            // evening" date a start; "the ceasefire was holding this morning" is its state on
            // a later day, and "violated" is another event.
            guard claim.kind == .ceasefire, let status = claim.status, status != .violated else { return nil }
            let dated = status == .inForce ? claim.time != nil : claim.time != nil || statedDay != nil
            return dated ? EventMoment(day: statedDay, time: claim.time) : nil
        }
    }

    private func finding(_ event: DatedEvent, answers: [Position], in incident: Incident) -> Finding? {
        var disputed = Set<Party>()
        var agreeing = Set<Party>()
        for (index, answer) in answers.enumerated() {
            for other in answers[(index + 1)...] where answer.party.side != other.party.side {
                guard case .moments(let mine) = answer.stance, case .moments(let theirs) = other.stance else { continue }
                let conflicting = mine.contains { left in theirs.contains { conflict(left, $0, event) } }
                if conflicting || (event == .fightingStart && deniesEarlierStart(answer, other, in: incident)) {
                    disputed.formUnion([answer.party, other.party])
                } else if mine.contains(where: { left in theirs.contains { left.sharesReading(with: $0) } }) {
                    agreeing.formUnion([answer.party, other.party])
                }
            }
        }
        let relation: Relation = disputed.isEmpty ? .agreement : .contradiction
        let involved = disputed.isEmpty ? agreeing : disputed
        guard !involved.isEmpty else { return nil }
        let positions = answers.map {
            Position(party: $0.party, stance: $0.stance, inDispute: involved.contains($0.party), evidence: $0.evidence)
        }
        return Finding(kind: .date, relation: relation, event: event, positions: positions)
    }

    /// Whether, of two fighting starts a day or so apart, the party with the later day denies
    /// an attack by a side the other party's start names as the attacker.
    private func deniesEarlierStart(_ lhs: Position, _ rhs: Position, in incident: Incident) -> Bool {
        guard case .moments(let left) = lhs.stance, case .moments(let right) = rhs.stance,
            let leftDay = left.first?.day, let rightDay = right.first?.day, leftDay != rightDay
        else { return false }
        let (earlier, later, earlierDay) = leftDay < rightDay ? (lhs, rhs, leftDay) : (rhs, lhs, rightDay)
        let start = earlier.evidence.filter { $0.day == earlierDay }
        // A night ("overnight") may be dated to either day it straddles: then the two days
        // may well be one night read twice.
        guard !start.contains(where: \.claim.dateAtNight) else { return false }
        let attackers = Set(start.compactMap(\.claim.aggressor))
        return incident.claims.contains { reported in
            reported.party == later.party && reported.claim.kind == .attack && reported.claim.negated
                && reported.claim.aggressor.map(attackers.contains) == true
        }
    }

    private func conflict(_ lhs: EventMoment, _ rhs: EventMoment, _ event: DatedEvent) -> Bool {
        guard event == .fightingStart else { return lhs.conflicts(with: rhs) }
        if let left = lhs.day, let right = rhs.day, abs(left.dayNumber - right.dayNumber) > fightingStartTolerance { return true }
        if let left = lhs.utcTime, let right = rhs.utcTime, lhs.day == rhs.day, left != right { return true }
        // An hour with no zone is the theatre's own clock (`StatedTime.minutesUTC`).
        let sameDay = lhs.day == nil || rhs.day == nil || lhs.day == rhs.day
        if let left = lhs.time?.minutesUTC, let right = rhs.time?.minutesUTC, sameDay, left != right {
            return true
        }
        return false
    }

    /// Earlier day first; a moment with no day after every dated one; then by time, a moment
    /// with no time first.
    private static func earlier(_ lhs: EventMoment, _ rhs: EventMoment) -> Bool {
        let left = lhs.day?.dayNumber ?? Int.max
        let right = rhs.day?.dayNumber ?? Int.max
        if left != right { return left < right }
        switch (lhs.time, rhs.time) {
        case (let leftTime?, let rightTime?): return leftTime < rightTime
        case (nil, .some): return true
        case (.some, nil), (nil, nil): return false
        }
    }
}

extension EventMoment {
    /// Whether the two moments name the same day or the same UTC time.
    fileprivate func sharesReading(with other: EventMoment) -> Bool {
        (day != nil && day == other.day) || (utcTime != nil && utcTime == other.utcTime)
    }
}
