import NewsText

/// The quotations of a document, which may run over several sentences and paragraphs.
///
/// A quote opens at an opening mark and closes at the next closing mark. A paragraph that
/// ends inside a quote continues it only when the next paragraph opens with a quotation
/// mark (the newspaper convention for a quote over several paragraphs); otherwise the quote
/// ends with its paragraph.
package struct QuoteRegions: Sendable {
    package struct Region: Sendable, Equatable {
        /// The opening mark.
        package let open: Int
        /// The closing mark, or the first token after the quote when it was never closed.
        package let close: Int
        package let closed: Bool

        package var content: Range<Int> { (open + 1)..<close }
    }

    package let regions: [Region]
    /// For each token, the index of the region it lies inside (marks excluded), or -1.
    private let regionOfToken: [Int32]

    package init(tokens: [Token]) {
        var regions: [Region] = []
        var owner = [Int32](repeating: -1, count: tokens.count)
        var openAt: Int? = nil
        for (index, token) in tokens.enumerated() {
            if let open = openAt {
                if token.startsLine {
                    if token.kind == .openQuote { continue }  // the quote goes on in a new paragraph
                    regions.append(Region(open: open, close: index, closed: false))
                    openAt = nil
                } else if token.kind == .closeQuote || token.kind == .openQuote {
                    regions.append(Region(open: open, close: index, closed: true))
                    openAt = nil
                    continue
                } else {
                    owner[index] = Int32(regions.count)
                    continue
                }
            }
            if token.kind == .openQuote { openAt = index }
        }
        if let open = openAt { regions.append(Region(open: open, close: tokens.count, closed: false)) }
        self.regions = regions
        self.regionOfToken = owner
    }

    /// The region a token lies inside, if any.
    package func region(of token: Int) -> Int? {
        let owner = regionOfToken[token]
        return owner < 0 ? nil : Int(owner)
    }

    package func isQuoted(_ token: Int) -> Bool { regionOfToken[token] >= 0 }
}
