import Pipeline
import Testing

/// Work spread over the cores comes back in input order, batch after batch, and a body that
/// fails stops the run with its error.
struct ParallelMapTests {
    @Test func mapKeepsTheItemsOrder() {
        let words = (0..<500).map { "word\($0)" }
        #expect(ParallelMap.map(words) { $0.uppercased() } == words.map { $0.uppercased() })
    }

    @Test(arguments: [0, 1, ParallelMap.batchSize, ParallelMap.batchSize * 3 + 5])
    func forEachHandsEveryResultOverInOrder(count: Int) {
        var seen: [Int] = []
        ParallelMap.forEach(count, { $0 * $0 }) { seen.append($0) }
        #expect(seen == (0..<count).map { $0 * $0 })
    }

    private struct Full: Error, Equatable { let at: Int }

    @Test func aFailingBodyStopsTheRunWithItsError() {
        var seen: [Int] = []
        #expect(throws: Full(at: 7)) {
            try ParallelMap.forEach(ParallelMap.batchSize * 4, { $0 }) { (number: Int) throws(Full) in
                if number == 7 { throw Full(at: 7) }
                seen.append(number)
            }
        }
        #expect(seen == Array(0..<7))
    }
}
