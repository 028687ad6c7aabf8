import ClaimEngine
import NewsText

/// Pairs an article's predicted claims with its gold claims.
///
/// A predicted claim can match a gold claim when it is of the same kind and its sentence
/// contains the gold quote. For the gold casualties claim quoting "49 of its soldiers had
/// been killed", a casualties claim of the sentence "Armenia said … and that 49 of its
/// soldiers had been killed." is a candidate; an attack claim of that sentence is not.
///
/// Each claim is used at most once. Among the candidates the matcher prefers the most matches,
/// then the right party, then the most right values, over the whole article at once — so the
/// scores do not depend on the order the claims are listed in.
package enum ClaimMatcher {
    /// The claims of an article's analysis matched to its gold claims.
    package static func match(gold: [GoldClaim], in analysis: ArticleAnalysis) -> DocumentMatch {
        match(gold: gold, predicted: analysis.claims, in: analysis.document)
    }

    package static func match(gold: [GoldClaim], predicted: [Claim], in document: Document) -> DocumentMatch {
        let weights = gold.map { goldClaim in
            predicted.map { claim in
                isCandidate(claim, for: goldClaim) ? MatchedPair(gold: goldClaim, predicted: claim).weight : 0
            }
        }
        let assignment = Assignment.best(weights)
        let pairs = assignment.map { MatchedPair(gold: gold[$0.row], predicted: predicted[$0.column]) }
        let matchedGold = Set(assignment.map(\.row))
        let matchedPredicted = Set(assignment.map(\.column))
        let misses = gold.indices.filter { !matchedGold.contains($0) }.map { index in
            DocumentMatch.Miss(gold: gold[index], sentence: sentence(holding: gold[index], in: document))
        }
        let falsePositives = predicted.indices.filter { !matchedPredicted.contains($0) }.map { predicted[$0] }
        return DocumentMatch(article: document.article, pairs: pairs, misses: misses, falsePositives: falsePositives)
    }

    private static func isCandidate(_ claim: Claim, for gold: GoldClaim) -> Bool {
        claim.kind == gold.kind && gold.quoteRanges.contains { claim.sentence.contains($0) }
    }

    /// The sentences the quote's first occurrence spans (one, unless the segmenter split it).
    private static func sentence(holding gold: GoldClaim, in document: Document) -> ByteRange {
        guard let quote = gold.quoteRanges.first else { return ByteRange(0, 0) }
        let spanned = document.sentences.map(\.range).filter { $0.overlaps(quote) }
        guard let first = spanned.first, let last = spanned.last else { return quote }
        return ByteRange(first.start, last.end)
    }
}
