import Lexicons

/// How many were lost, per victim and outcome ("Armenian forces, killed"):
///
/// - **contradiction**: two parties of different sides whose latest figures cannot both be
///   true — Baku's "about 550 enemy servicemen were killed" against Yerevan's own 31;
/// - **revision**: one party's figures over time that do not overlap — 49, then at least
///   105, then 135 — a timeline, not a dispute. Only dated statements make a timeline: a
///   figure from an article with no publication date cannot be placed before or after another;
/// - **omission**: a belligerent that speaks of its own losses without a number — "some of
///   its servicemen had died but has not said how many";
/// - **agreement**: both belligerents give figures that fit together.
///
/// A denial ("rejected the allegation") is the figure zero; losses without a number ("had taken
/// some positions") are at least one, so a denial contradicts them. Territory claims count with
/// the outcome `positions-lost`. The outlet's own voice relays figures and is never a side.
package struct LossesFinder: FindingRule {
    package let name = "losses"

    package init() {}

    package func findings(in incident: Incident) -> [Finding] {
        accounts(in: incident).flatMap { findings($0.question, accounts: $0.accounts) }
    }

    /// Every party's account of every loss question of the incident, questions in victim
    /// then outcome order, accounts in party order.
    package func accounts(in incident: Incident) -> [(question: LossQuestion, accounts: [LossAccount])] {
        LossAccount.grouped(incident.claims) { reported in
            // A figure for two outcomes at once ("killed or went missing") is no outcome's own
            // count: held against a toll of the dead it would read as a revision or a dispute.
            // The incident's figures table shows it on a row of its own.
            guard let victim = reported.claim.victim, let outcome = reported.claim.outcome, reported.claim.mergedOutcomes.isEmpty
            else { return nil }
            return LossQuestion(victim: victim, outcome: outcome)
        }
    }

    private func findings(_ question: LossQuestion, accounts: [LossAccount]) -> [Finding] {
        let speaking = accounts.filter { $0.claimed != nil && $0.party.takesSides }
        var findings: [Finding] = []

        var disputed = Set<Party>()
        for (index, account) in speaking.enumerated() {
            for other in speaking[(index + 1)...] where account.party.side != other.party.side {
                if let mine = account.claimed, let theirs = other.claimed, !mine.overlaps(theirs) {
                    disputed.formUnion([account.party, other.party])
                }
            }
        }
        if !disputed.isEmpty {
            let positions = speaking.map { account in
                Position(
                    party: account.party, stance: account.stance, inDispute: disputed.contains(account.party),
                    evidence: account.evidence)
            }
            findings.append(finding(question, .contradiction, positions))
        } else {
            // Only numbers can agree: "some losses" fits any figure and confirms none.
            let counted = speaking.filter { $0.latest != nil }
            if Set(counted.filter { $0.party.belligerent != nil }.map(\.party.side)).count == 2 {
                let positions = counted.map {
                    Position(
                        party: $0.party, stance: $0.stance, inDispute: $0.party.belligerent != nil, evidence: $0.figureClaims)
                }
                findings.append(finding(question, .agreement, positions))
            }
        }

        for account in accounts where account.party.takesSides && Self.isRevised(account.timeline.map(\.count)) {
            let position = Position(
                party: account.party, stance: account.stance, inDispute: true, evidence: account.timelineEvidence)
            // Repeats of a figure are one step of the timeline.
            findings.append(finding(question, .revision, [position], detail: .revisedFigures(account.steps)))
        }

        let silent = accounts.filter { account in
            account.latest == nil && account.party.belligerent == question.victim.belligerent
        }
        if !silent.isEmpty {
            let others = accounts.filter { $0.latest != nil && $0.party.takesSides }
            let positions =
                silent.map { Position(party: $0.party, stance: .unspecified, inDispute: true, evidence: $0.claims) }
                + others.map { Position(party: $0.party, stance: $0.stance, inDispute: false, evidence: $0.figureClaims) }
            findings.append(finding(question, .omission, positions))
        }
        return findings
    }

    private func finding(
        _ question: LossQuestion, _ relation: Relation, _ positions: [Position], detail: Finding.Detail = .none
    ) -> Finding {
        Finding(
            kind: .losses, relation: relation, victim: question.victim, outcome: question.outcome, positions: positions,
            detail: detail)
    }

    /// Whether a party's figures changed: two successive figures that cannot both be true.
    private static func isRevised(_ figures: [CountInterval]) -> Bool {
        zip(figures, figures.dropFirst()).contains { !$0.overlaps($1) }
    }
}


/// A loss question: whose losses, of what kind. "Armenian forces, killed".
package struct LossQuestion: Hashable, Comparable, Sendable {
    package let victim: Victim
    package let outcome: Outcome

    package init(victim: Victim, outcome: Outcome) {
        self.victim = victim
        self.outcome = outcome
    }

    package static func < (lhs: LossQuestion, rhs: LossQuestion) -> Bool {
        let left = (Victim.allCases.firstIndex(of: lhs.victim) ?? 0, Outcome.allCases.firstIndex(of: lhs.outcome) ?? 0)
        let right = (Victim.allCases.firstIndex(of: rhs.victim) ?? 0, Outcome.allCases.firstIndex(of: rhs.outcome) ?? 0)
        return left < right
    }
}

/// One party's claims on a loss question and the figures among them, in timeline order.
///
/// The claims are held by their place in the incident's list (`CitedClaims`): an incident told
/// by thousands has a loss question with a figure in every article.
package struct LossAccount: Sendable {
    /// A claim that gives a number, with it.
    package typealias Figure = (claim: ReportedClaim, count: CountInterval)

    package let party: Party
    package let claims: CitedClaims
    /// The claims that give a number, in timeline order (`figures`).
    package let figureClaims: CitedClaims
    /// The party's latest figure in each dated article, in the order the statements were made
    /// (`timeline`).
    private let timelineClaims: CitedClaims

    /// `claims` are places in `incidentClaims`, the incident's list.
    package init(party: Party, claims: consuming [UInt32], of incidentClaims: [ReportedClaim]) {
        self.party = party
        self.claims = CitedClaims(claims, of: incidentClaims)
        figureClaims = self.claims.subset { Self.figure($0) != nil }
        timelineClaims = figureClaims.subset { $0.published != nil }.reordered(by: ReportedClaim.statementOrder)
            .lastOfEach(\.document)
    }

    /// The claim's figure: its count, or zero for a denial ("rejected the allegation").
    private static func figure(_ reported: ReportedClaim) -> Figure? {
        guard let count = reported.claim.negated ? CountInterval.exactly(0) : reported.claim.count?.interval else { return nil }
        return (reported, count)
    }

    /// The claims that give a number, with it, in timeline order.
    package var figures: some BidirectionalCollection<Figure> { figureClaims.lazy.compactMap(Self.figure) }

    /// The party's figure in each dated article, in the order the statements were made: the
    /// only figures that can show one changing. Publication, not the day of the event, orders
    /// them: a toll published on the 20th for the clash of the 13th is later than one
    /// published on the 15th. An article counts once, with its latest figure: its other
    /// figures are parts of one account ("five in Naftalan", "one in Tartar"), not versions.
    package var timeline: some BidirectionalCollection<Figure> { timelineClaims.lazy.compactMap(Self.figure) }

    /// The timeline's claims in timeline order, as a finding cites them.
    package var timelineEvidence: CitedClaims { timelineClaims.reordered(by: ReportedClaim.timelineOrder) }

    /// The loss claims (casualties, territory) of an incident by the question `question` puts
    /// them under (nil leaves one out), questions in order, each with its parties' accounts in
    /// party order: the one grouping the losses findings and the figures table share.
    package static func grouped<Question: Comparable & Hashable>(
        _ claims: [ReportedClaim], by question: (ReportedClaim) -> Question?
    ) -> [(question: Question, accounts: [LossAccount])] {
        var questions: [Question: [Party: [UInt32]]] = [:]
        for (index, reported) in claims.enumerated() where [.casualties, .territory].contains(reported.claim.kind) {
            guard let key = question(reported) else { continue }
            questions[key, default: [:]][reported.party, default: []].append(UInt32(index))
        }
        return questions.keys.sorted().map { key in
            let byParty = questions[key] ?? [:]
            return (key, byParty.keys.sorted().map { LossAccount(party: $0, claims: byParty[$0] ?? [], of: claims) })
        }
    }

    /// The party's latest figure and the claim that gives it — of its dated statements when it
    /// has any, since an undated article could have appeared on any day; nil when it never
    /// gave one.
    package var latestFigure: Figure? { (timelineClaims.last ?? figureClaims.last).flatMap(Self.figure) }

    package var latest: CountInterval? { latestFigure?.count }

    /// The party's figures as they changed: its timeline with repeats of a figure as one step,
    /// or only its latest figure when no statement of it is dated.
    package var steps: [CountInterval] {
        guard !timelineClaims.isEmpty else { return latest.map { [$0] } ?? [] }
        return timeline.map(\.count).reduce(into: []) { steps, count in
            if steps.last != count { steps.append(count) }
        }
    }

    /// What the party's claims assert: its latest figure, or — when it gave none but said
    /// there were losses ("had taken some positions") — at least one, which a denial
    /// ("denied occupying any Armenian territory", zero) contradicts.
    package var claimed: CountInterval? {
        if let latest { return latest }
        return claims.contains { !$0.claim.negated } ? CountInterval(min: 1, max: nil) : nil
    }

    /// The stance in a finding: the latest figure, or "no number".
    package var stance: Position.Stance { latest.map(Position.Stance.figure) ?? .unspecified }

    /// The claims behind the stance: the figures, or every claim when there is none.
    package var evidence: CitedClaims { figureClaims.isEmpty ? claims : figureClaims }
}
