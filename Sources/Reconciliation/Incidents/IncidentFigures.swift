import Lexicons
import NewsText

/// An incident's loss figures in the manner of UCDP's low/best/high: for each victim and
/// outcome that some party put a number on, each party's latest figure, the range across
/// them and whether the sides confirm it.
///
/// "Armenia's defence ministry said nearly 50 soldiers were killed" on the 14th, after 49 on
/// the 13th, and "Baku said 45 Armenian soldiers were killed" give the row
/// `Armenian forces killed · confirmed · 45–49`, with the ministry's "nearly 50" (45–49)
/// and Baku's 45.
package struct IncidentFigures: Sendable {
    /// Every party's account of every question, figures or not, questions in victim then
    /// outcome order (a merged figure after the plain ones of its victim), accounts in party order.
    package let accounts: [(question: FigureQuestion, accounts: [LossAccount])]
    /// The questions some party put a number on.
    package let rows: [FigureRow]

    package init(_ incident: Incident) {
        // `LossAccount` decides what counts as a figure (a denial is zero, "some" is none), so
        // this table and the losses findings read the same numbers.
        accounts = LossAccount.grouped(incident.claims) { reported in
            guard let victim = reported.claim.victim, let outcome = reported.claim.outcome else { return nil }
            return FigureQuestion(victim: victim, outcomes: [outcome] + reported.claim.mergedOutcomes)
        }
        rows = accounts.compactMap { question, accounts in
            let figures = accounts.compactMap { account -> ClaimantFigure? in
                guard let latest = account.latestFigure else { return nil }
                return ClaimantFigure(party: account.party, count: latest.count, claim: latest.claim)
            }
            return figures.isEmpty ? nil : FigureRow(question: question, figures: figures)
        }
    }
}

/// Whose losses, and what one figure counts: "Armenian forces killed", or — for a figure
/// the source gave for two outcomes at once — "Armenian forces killed or missing".
package struct FigureQuestion: Hashable, Comparable, Sendable {
    package let victim: Victim
    /// The outcomes the figure counts, in declaration order; more than one for a merged figure.
    package let outcomes: [Outcome]

    package init(victim: Victim, outcomes: [Outcome]) {
        self.victim = victim
        self.outcomes = Outcome.allCases.filter(outcomes.contains)
    }

    /// One figure for several outcomes ("killed or went missing"), which is no outcome's own count.
    package var isMerged: Bool { outcomes.count > 1 }

    package static func < (lhs: FigureQuestion, rhs: FigureQuestion) -> Bool {
        let left = (Victim.allCases.firstIndex(of: lhs.victim) ?? 0, lhs.outcomes.count, lhs.outcomes.map(\.rank))
        let right = (Victim.allCases.firstIndex(of: rhs.victim) ?? 0, rhs.outcomes.count, rhs.outcomes.map(\.rank))
        if left.0 != right.0 { return left.0 < right.0 }
        if left.1 != right.1 { return left.1 < right.1 }
        return left.2.lexicographicallyPrecedes(right.2)
    }
}

/// One question's figures: each party's latest, the range and the status.
package struct FigureRow: Sendable {
    package let question: FigureQuestion
    /// One per party that gave a number, in DESIGN.md party order.
    package let figures: [ClaimantFigure]
    /// From the lowest figure to the highest among those that count. An open upper end stays
    /// open ("at least 105"); an open lower end ("up to 20") stays open only when no figure
    /// has a lower bound, and is otherwise read as its known end: "up to 20" beside 45–49
    /// gives 20–49, not "up to 49".
    package let range: CountInterval
    package let status: FigureStatus

    package init(question: FigureQuestion, figures: [ClaimantFigure]) {
        self.question = question
        self.figures = figures
        // The outlet's own voice relays figures, often yesterday's; it counts only when no
        // party gives one (as in `LossesFinder`).
        let counted = figures.filter(\.counts)
        let basis = counted.isEmpty ? figures : counted
        let highs = basis.map(\.count.max)
        range = CountInterval(
            min: basis.contains { $0.count.min != nil } ? basis.compactMap { $0.count.min ?? $0.count.max }.min() : nil,
            max: highs.contains(nil) ? nil : highs.compactMap { $0 }.max())
        status = FigureStatus(basis)
    }
}

/// One party's latest figure on a question, and the claim that gives it.
package struct ClaimantFigure: Sendable {
    package let party: Party
    /// The normalised figure; zero for a denial.
    package let count: CountInterval
    package let claim: ReportedClaim

    package init(party: Party, count: CountInterval, claim: ReportedClaim) {
        self.party = party
        self.count = count
        self.claim = claim
    }

    /// Whether the figure takes part in the range and the status (`Party.takesSides`).
    package var counts: Bool { party.takesSides }
    /// A denial ("rejected reports of any losses"): the figure zero, with no words of its own.
    package var isDenial: Bool { claim.claim.negated }
    /// The number as the source wrote it: "nearly 50"; nil for a denial.
    package var wording: String? { isDenial ? nil : claim.claim.count?.text }
}

/// How far a question's figures can be trusted, for an analyst to sort by.
package enum FigureStatus: String, CaseIterable, Sendable {
    /// Parties of both belligerent sides give figures, and none contradicts another.
    case confirmed
    /// Figures of two sides (Armenia's, Azerbaijan's, third parties') cannot both be true:
    /// they do not overlap, or one side denies what the other counts.
    case contested
    /// No figure from the other side to confirm or contest it: one party, or parties that
    /// agree without both belligerents among them.
    case singleSource = "single source"

    /// Agreement is `CountInterval.overlaps`, and only sides are compared, as in the losses
    /// findings: a ministry's toll of the 13th and its government's of the 16th are one
    /// side's timeline, not a dispute.
    init(_ figures: [ClaimantFigure]) {
        let disagree = figures.indices.contains { index in
            figures[(index + 1)...].contains { other in
                other.party.side != figures[index].party.side && !figures[index].count.overlaps(other.count)
            }
        }
        if disagree {
            self = .contested
        } else if Set(figures.compactMap(\.party.belligerent)).count == 2 {
            self = .confirmed
        } else {
            self = .singleSource
        }
    }
}

extension Outcome {
    fileprivate var rank: Int { Outcome.allCases.firstIndex(of: self) ?? 0 }
}
