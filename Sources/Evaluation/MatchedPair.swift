import ClaimEngine

/// A predicted claim matched to a gold claim, with what it got right.
package struct MatchedPair: Sendable {
    package let gold: GoldClaim
    package let predicted: Claim
    /// One check per `ValueField`, in `ValueField.allCases` order.
    package let checks: [ValueCheck]

    package init(gold: GoldClaim, predicted: Claim) {
        self.gold = gold
        self.predicted = predicted
        self.checks = ValueField.allCases.map { $0.check(gold: gold, predicted: predicted) }
    }

    package var partyIsRight: Bool { gold.party == predicted.party }
    package var modeIsRight: Bool { gold.mode == predicted.mode }
    package var valuesAreRight: Bool { checks.allSatisfy(\.isRight) }
    /// Kind (always, for a match), party and every value right.
    package var isStrict: Bool { partyIsRight && valuesAreRight }
    package var wrongValues: [ValueCheck] { checks.filter { !$0.isRight } }

    /// How good a match this is, for choosing among candidates: any match outweighs every
    /// difference in quality (so as many gold claims as possible are matched), then the right
    /// party outweighs any number of right values.
    var weight: Int {
        1_000_000 + (partyIsRight ? 1_000 : 0) + checks.filter(\.isRight).count
    }
}
