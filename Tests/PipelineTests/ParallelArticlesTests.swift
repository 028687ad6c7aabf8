import Pipeline
import NewsText
import Testing

/// Articles worked on in parallel batches come back in the order they went in, whatever the
/// batch size, and none is lost at the end.
struct ParallelArticlesTests {
    private func article(_ number: Int) -> Article {
        let body = Array(String(repeating: "Shells hit Jermuk. ", count: number % 7 + 1).utf8)
        return Article(
            id: "a\(number)", outlet: "Wire", published: nil, url: "", source: "a\(number).md", body: body, bodyFirstLine: 1)
    }

    @Test(arguments: [1, 2, 3, 8, 100])
    func resultsComeBackInInputOrder(batchSize: Int) {
        var batches = ParallelArticles { article in (article.id, article.body.count) }
        batches.batchSize = batchSize
        var seen: [String] = []
        func take(_ article: Article, _ result: (id: String, bytes: Int)) {
            #expect(result.id == article.id)
            #expect(result.bytes == article.body.count)
            seen.append(result.id)
        }
        for number in 0..<37 { batches.add(article(number), take) }
        batches.finish(take)
        #expect(seen == (0..<37).map { "a\($0)" })
    }

    /// A batch holding enough bytes is worked on in the background, and handed over when the
    /// next batch starts or at the end, so reading the next articles overlaps the work.
    @Test func aFullBatchIsHandedOverWhenTheNextOneStarts() {
        var batches = ParallelArticles { $0.id }
        batches.batchSize = 1000
        batches.batchBytes = 40
        var seen: [String] = []
        let take = { (_: Article, id: String) in seen.append(id) }
        batches.add(article(0), take)  // 19 bytes: waits
        batches.add(article(1), take)  // 38 + 19: over 40, started
        #expect(seen.isEmpty)
        batches.add(article(2), take)  // 57 bytes alone: started, and the batch before handed over
        #expect(seen == ["a0", "a1"])
        batches.finish(take)
        #expect(seen == ["a0", "a1", "a2"])
    }
}
