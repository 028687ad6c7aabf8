/// The source-file line of any offset in an article body, for messages and check pages.
///
/// The body's line breaks are found once; each lookup is a binary search, so numbering every
/// sentence of a long article stays linear in its length.
package struct LineIndex: Sendable {
    /// The body offset of every `\n`, ascending.
    private let breaks: [Int]
    private let firstLine: Int

    package init(_ article: Article) {
        breaks = article.body.indices.filter { article.body[$0] == ASCII.newline }
        firstLine = article.bodyFirstLine
    }

    /// The 1-based line of the source file that holds a body offset.
    package func line(ofBodyOffset offset: Int) -> Int {
        // The number of line breaks before `offset`.
        var low = 0
        var high = breaks.count
        while low < high {
            let middle = (low + high) / 2
            if breaks[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return firstLine + low
    }
}
