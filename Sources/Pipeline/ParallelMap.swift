import Dispatch
import Foundation

/// Independent work spread over the machine's cores, each result handed back in input order:
/// output is the same bytes whatever the number of cores.
package enum ParallelMap {
    /// Items per batch in `forEach`: sixteen per core. Each batch costs a hand-over between
    /// threads, which small items (an article's page) do not repay in smaller batches; two
    /// batches are held at once, one made while the other is taken.
    package static var batchSize: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) * 16 }

    /// `transform` of each item, computed on all cores, in the items' order.
    package static func map<Item: Sendable, Result>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        if items.count == 1 { return [transform(items[0])] }
        let slots = Slots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots.store(transform(items[index]), at: index)
        }
        return slots.values
    }

    /// `transform` of each of `0..<count`, made on all cores a batch at a time and handed to
    /// `body` in order. The next batch is made while `body` takes the one before, so a body
    /// that writes files does not leave the cores idle; two batches are held at most.
    ///
    /// A batch holds `batchSize` items, or fewer whose `weight` (how large each result is
    /// expected to be) adds up to `weightPerBatch`, so a few large results are not all held at
    /// once; an item heavier than that is a batch of its own, and two such items are never
    /// made at once: each may need as much working memory as the rest together.
    package static func forEach<Result: Sendable, Failure: Error>(
        _ count: Int, weight: (Int) -> Int = { _ in 1 }, weightPerBatch: Int = .max,
        _ transform: @escaping @Sendable (Int) -> Result, _ body: (Result) throws(Failure) -> Void
    ) throws(Failure) {
        var batches: [(items: [Int], heavy: Bool)] = []
        var batchWeight = 0
        for item in 0..<count {
            let itemWeight = weight(item)
            if batches.isEmpty || batches[batches.count - 1].items.count == batchSize || batchWeight + itemWeight > weightPerBatch {
                batches.append(([], itemWeight > weightPerBatch))
                batchWeight = 0
            }
            batches[batches.count - 1].items.append(item)
            batchWeight += itemWeight
        }
        var running = batches.first.map { PendingBatch($0.items, transform) }
        var next = 1
        while let current = running {
            // A heavy batch waits for a heavy one before it to be taken.
            let waits = next < batches.count && batches[next].heavy && batches[next - 1].heavy
            running = next < batches.count && !waits ? PendingBatch(batches[next].items, transform) : nil
            let results = current.results()
            if waits { running = PendingBatch(batches[next].items, transform) }
            next += 1
            for result in results {
                do throws(Failure) {
                    try body(result)
                } catch {
                    _ = running?.results()  // no work of this call goes on after it has thrown
                    throw error
                }
            }
        }
    }
}

/// A batch being worked on across the cores in the background, while the caller does
/// something else; `results()` waits for it to end.
package final class PendingBatch<Result: Sendable>: @unchecked Sendable {
    // Sound as unchecked: the slots are written only inside the batch's own work, and read
    // only after `group.wait()`, which orders every write before the reads.
    private let slots: Slots<Result>
    private let group = DispatchGroup()

    package init<Item: Sendable>(_ items: [Item], _ transform: @escaping @Sendable (Item) -> Result) {
        let slots = Slots<Result>(count: items.count)
        self.slots = slots
        DispatchQueue.global().async(group: group) {
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                slots.store(transform(items[index]), at: index)
            }
        }
    }

    /// Each item's result, in the items' order, once all are made.
    package func results() -> [Result] {
        group.wait()
        return slots.values
    }
}

/// One slot per item for `concurrentPerform`: each iteration writes its own index and no
/// other, and all are read only after every iteration has returned — so no two threads ever
/// touch one slot, which is why the unchecked `Sendable` is sound.
private final class Slots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    func store(_ value: Value, at index: Int) {
        storage[index] = value
    }

    var values: [Value] { storage.map { $0! } }
}
