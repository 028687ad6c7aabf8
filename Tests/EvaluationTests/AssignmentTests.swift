import Testing

@testable import Evaluation

/// The one-to-one pairing behind the matcher.
struct AssignmentTests {
    @Test func matchesAsManyAsPossibleBeforeChoosingTheBetterPair() {
        // Gold 0 could take prediction 0 (better) or 1; gold 1 can only take prediction 0.
        // Greedy takes (0, 0) and leaves gold 1 unmatched; the best pairing matches both.
        let pairs = Assignment.best([[1_001_000, 1_000_000], [1_000_000, 0]])
        #expect(pairs.map { [$0.row, $0.column] } == [[0, 1], [1, 0]])
    }

    @Test func prefersTheHeavierPairAmongEqualCounts() {
        let pairs = Assignment.best([[1_000_000, 1_001_003], [1_001_000, 1_000_000]])
        #expect(pairs.map { [$0.row, $0.column] } == [[0, 1], [1, 0]])
    }

    @Test func leavesRowsWithoutCandidatesUnpaired() {
        // More rows than columns: the transpose is paired.
        let pairs = Assignment.best([[0], [5], [7]])
        #expect(pairs.map { [$0.row, $0.column] } == [[2, 0]])
        #expect(Assignment.best([[0, 0]]).isEmpty)
        #expect(Assignment.best([]).isEmpty)
    }
}
