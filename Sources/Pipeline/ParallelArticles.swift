import Dispatch
import Foundation
import NewsText

/// Articles taken in batches and worked on across the machine's cores, each result handed
/// back in input order: output is the same bytes whatever the number of cores.
///
/// Articles are independent until reconciliation, so the costly part — the extractor's
/// reading — runs in parallel while reading the files, printing problems and writing output
/// stay in order on one thread. A batch is a few articles per core and at most `batchBytes`
/// of text, so memory stays bounded however long the corpus or one article is.
package struct ParallelArticles<Result: Sendable> {
    /// The work on one article: pure, as `Extractor.analysis(of:)` is.
    package let work: @Sendable (Article) -> Result
    /// Articles per batch: four per core, so a slow article does not leave cores idle long.
    package var batchSize = max(1, ProcessInfo.processInfo.activeProcessorCount) * 4
    /// The most article bytes a batch holds before it is worked on.
    package var batchBytes = 8 << 20

    private var pending: [Article] = []
    private var pendingBytes = 0

    package init(work: @escaping @Sendable (Article) -> Result) {
        self.work = work
    }

    /// Queues an article; when the batch is full, works on it and hands each article and its
    /// result to `body`, in the order they were added.
    package mutating func add(_ article: Article, _ body: (Article, Result) -> Void) {
        pending.append(article)
        pendingBytes += article.body.count
        if pending.count >= batchSize || pendingBytes >= batchBytes { finish(body) }
    }

    /// Works on the articles still queued and hands them to `body`.
    package mutating func finish(_ body: (Article, Result) -> Void) {
        guard !pending.isEmpty else { return }
        let batch = pending
        pending = []
        pendingBytes = 0
        let results = Self.map(batch, work)
        for (article, result) in zip(batch, results) { body(article, result) }
    }

    /// `transform` of each item, computed on all cores, in the items' order.
    private static func map(_ items: [Article], _ transform: @Sendable (Article) -> Result) -> [Result] {
        if items.count == 1 { return [transform(items[0])] }
        let slots = Slots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots.store(transform(items[index]), at: index)
        }
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
