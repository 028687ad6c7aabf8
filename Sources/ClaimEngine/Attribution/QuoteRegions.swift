import NewsText

/// The quotations of a document, which may run over several sentences and paragraphs.
///
/// A quote opens at an opening mark and closes at the next closing mark. A paragraph that
/// ends inside a quote continues it only when the next paragraph opens with a quotation
/// mark (the newspaper convention for a quote over several paragraphs). Otherwise the quote
/// was never closed — a stray or mistyped mark — and it quotes only the rest of the
/// sentence it opened in, so one stray mark cannot swallow the other speakers of its
/// paragraph.
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

    package init(document: Document) {
        let tokens = document.tokens
        var regions: [Region] = []
        var owner = [Int32](repeating: -1, count: tokens.count)
        var openAt: Int? = nil
        // The opening mark of the quote's latest paragraph.
        var paragraphOpen = 0
        // The end of the sentence each token is in, for a quote that is never closed.
        var sentenceEnd = [Int](repeating: tokens.count, count: tokens.count)
        for sentence in document.sentences {
            for index in sentence.tokens { sentenceEnd[index] = sentence.tokens.upperBound }
        }
        for (index, token) in tokens.enumerated() {
            if let open = openAt {
                if token.startsLine {
                    if token.kind == .openQuote {  // the quote goes on in a new paragraph
                        paragraphOpen = index
                        continue
                    }
                    let end = max(paragraphOpen + 1, min(index, sentenceEnd[paragraphOpen]))
                    for inside in end..<index { owner[inside] = -1 }
                    regions.append(Region(open: open, close: end, closed: false))
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
            if token.kind == .openQuote {
                openAt = index
                paragraphOpen = index
            }
        }
        if let open = openAt {
            let end = max(paragraphOpen + 1, sentenceEnd[paragraphOpen])
            for inside in end..<tokens.count { owner[inside] = -1 }
            regions.append(Region(open: open, close: end, closed: false))
        }
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
