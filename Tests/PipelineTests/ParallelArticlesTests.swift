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

    @Test func aBatchIsWorkedOnOnceItHoldsEnoughBytes() {
        var batches = ParallelArticles { $0.id }
        batches.batchSize = 1000
        batches.batchBytes = 40
        var seen: [String] = []
        batches.add(article(0), { _, id in seen.append(id) })  // 19 bytes: waits
        #expect(seen.isEmpty)
        batches.add(article(1), { _, id in seen.append(id) })  // 38 + 19: over 40
        #expect(seen == ["a0", "a1"])
    }
}
