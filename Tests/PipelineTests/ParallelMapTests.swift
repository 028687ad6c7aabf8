import Foundation
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

    /// Heavy results are made a few at a time: with batches of two by weight, and two batches
    /// held at most, no more than four results exist when the first is handed over.
    @Test func heavyItemsMakeSmallerBatches() {
        final class Counter: @unchecked Sendable {
            private let lock = NSLock()
            private var value = 0
            func increment() { lock.withLock { value += 1 } }
            var count: Int { lock.withLock { value } }
        }
        let made = Counter()
        var madeBeforeFirst: Int? = nil
        var seen: [Int] = []
        ParallelMap.forEach(ParallelMap.batchSize, weight: { _ in 5 }, weightPerBatch: 10, { item in
            made.increment()
            return item
        }) { item in
            if madeBeforeFirst == nil { madeBeforeFirst = made.count }
            seen.append(item)
        }
        #expect(seen == Array(0..<ParallelMap.batchSize))
        #expect((madeBeforeFirst ?? .max) <= 4)
    }

    @Test func anItemHeavierThanABatchIsMadeAlone() {
        var seen: [Int] = []
        ParallelMap.forEach(5, weight: { $0 == 2 ? 100 : 1 }, weightPerBatch: 10, { $0 + 1 }) { seen.append($0) }
        #expect(seen == [1, 2, 3, 4, 5])
    }

    /// An item heavier than a batch may need as much working memory as the rest together
    /// (the index of a large corpus, the page of a clash told by thousands): two are never
    /// made at once, though each is made beside the light batches around it.
    @Test func twoItemsHeavierThanABatchAreNeverMadeAtOnce() {
        final class Overlap: @unchecked Sendable {
            private let lock = NSLock()
            private var active = 0
            private var most = 0
            func enter() { lock.withLock { active += 1; most = max(most, active) } }
            func leave() { lock.withLock { active -= 1 } }
            var mostAtOnce: Int { lock.withLock { most } }
        }
        let heavy = Overlap()
        var seen: [Int] = []
        // Heavy items 0, 1, 2 and 4; each stays a while, so two batches made at once would overlap.
        ParallelMap.forEach(6, weight: { [0, 1, 2, 4].contains($0) ? 100 : 1 }, weightPerBatch: 10, { item in
            guard [0, 1, 2, 4].contains(item) else { return item }
            heavy.enter()
            Thread.sleep(forTimeInterval: 0.02)
            heavy.leave()
            return item
        }) { seen.append($0) }
        #expect(seen == Array(0..<6))
        #expect(heavy.mostAtOnce == 1)
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
