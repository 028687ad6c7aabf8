import ClaimEngine
import NewsText
import Reconciliation

/// An article reviewed a section (`ArticleSection`) at a time, so what is held at once is
/// bounded by the section and the article's facts, however long the article.
///
/// The article is read once for its facts (`ArticleFacts`), then again section by section
/// with them. An article of one section — every article of a usual length — is read once and
/// kept.
///
///     let review = reviewer.review(article, extractor: pipeline.extractor)
///     review.forEachSection { section in … rule.flags(in: section) … }
package struct ArticleReview: Sendable {
    package let article: Article
    package let facts: ArticleFacts
    private let source: Source

    private enum Source: Sendable {
        case held(ReviewedArticle)
        case sections(Extractor, RivalNames, minimumBytes: Int)
    }

    /// An article read whole.
    package init(_ reviewed: ReviewedArticle) {
        article = reviewed.article
        facts = reviewed.facts
        source = .held(reviewed)
    }

    init(_ article: Article, extractor: Extractor, names: RivalNames, grouper: IncidentGrouper, minimumBytes: Int) {
        var builder = ArticleFacts.Builder()
        var only: SectionReading?
        var sections = 0
        Self.forEachReading(of: article, extractor: extractor, names: names, minimumBytes: minimumBytes) { reading in
            builder.add(reading)
            sections += 1
            only = sections == 1 ? reading : nil
        }
        let facts = builder.facts(grouper: grouper)
        self.article = article
        self.facts = facts
        source = only.map { .held(ReviewedArticle($0, facts: facts)) } ?? .sections(extractor, names, minimumBytes: minimumBytes)
    }

    /// Each section of the article in text order, with the article's facts.
    package func forEachSection(_ body: (ReviewedArticle) throws -> Void) rethrows {
        switch source {
        case .held(let reviewed):
            try body(reviewed)
        case .sections(let extractor, let names, let minimumBytes):
            try Self.forEachReading(of: article, extractor: extractor, names: names, minimumBytes: minimumBytes) { reading in
                try body(ReviewedArticle(reading, facts: facts))
            }
        }
    }

    /// Each section of `article` read in text order, with what the sections before it named.
    static func forEachReading(
        of article: Article, extractor: Extractor, names: RivalNames, minimumBytes: Int, _ body: (SectionReading) throws -> Void
    ) rethrows {
        var named = NamedPlaces()
        var firstSentence = 0
        try extractor.forEachSection(of: article, minimumBytes: minimumBytes) { analysis in
            let reading = SectionReading(analysis: analysis, names: names, named: &named, firstSentence: firstSentence)
            firstSentence += reading.sentences.count
            try body(reading)
        }
    }
}
