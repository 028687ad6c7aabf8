import Foundation
import NewsText

/// Articles taken in batches and worked on across the machine's cores, each result handed
/// back in input order: output is the same bytes whatever the number of cores.
///
/// Articles are independent until reconciliation, so the costly part — the extractor's
/// reading — runs in parallel while reading the files, printing problems and writing output
/// stay in order on one thread. A full batch is worked on in the background while the caller
/// reads the next one and takes the results of the one before, so reading and writing overlap
/// the work. A batch is a few articles per core and at most `batchBytes` of text, and at most
/// two are held, so memory stays bounded however long the corpus or one article is.
package struct ParallelArticles<Result: Sendable> {
    /// The work on one article: pure, as `Extractor.analysis(of:)` is.
    package let work: @Sendable (Article) -> Result
    /// Articles per batch: four per core, so a slow article does not leave cores idle long.
    package var batchSize = max(1, ProcessInfo.processInfo.activeProcessorCount) * 4
    /// The most article bytes a batch holds before it is worked on.
    package var batchBytes = 8 << 20

    private var pending: [Article] = []
    private var pendingBytes = 0
    /// The batch being worked on, with its articles.
    private var running: (articles: [Article], work: PendingBatch<Result>)? = nil

    package init(work: @escaping @Sendable (Article) -> Result) {
        self.work = work
    }

    /// Queues an article; when the batch is full, starts work on it and hands each article of
    /// the batch before, with its result, to `body`, in the order they were added.
    package mutating func add(_ article: Article, _ body: (Article, Result) -> Void) {
        pending.append(article)
        pendingBytes += article.body.count
        if pending.count >= batchSize || pendingBytes >= batchBytes { startPending(body) }
    }

    /// Works on the articles still queued and hands every article not handed yet to `body`.
    package mutating func finish(_ body: (Article, Result) -> Void) {
        if !pending.isEmpty { startPending(body) }
        takeRunning(body)
    }

    private mutating func startPending(_ body: (Article, Result) -> Void) {
        let started = (articles: pending, work: PendingBatch(pending, work))
        pending = []
        pendingBytes = 0
        takeRunning(body)
        running = started
    }

    private mutating func takeRunning(_ body: (Article, Result) -> Void) {
        guard let batch = running else { return }
        running = nil
        for (article, result) in zip(batch.articles, batch.work.results()) { body(article, result) }
    }
}
