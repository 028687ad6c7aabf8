import ClaimEngine
import Foundation
import NewsText
import TestSupport
import Testing

/// A long article is read one section at a time (`Extractor.forEachSection`); what
/// attribution and typing learn goes on from one section into the next, so the claims are
/// those of the article read whole.
struct SectionedReadingTests {
    /// Every claim's every field, for comparing two readings of one article — but for the
    /// token positions of a count, which are positions in its own section's tokens (stored as
    /// `tokenStart` and `tokenEnd`).
    private func dumped(_ claims: [Claim]) -> String {
        var text = ""
        dump(claims, to: &text)
        return text.split(separator: "\n")
            .filter { !$0.contains("- tokenStart") && !$0.contains("- tokenEnd") }
            .map { $0.replacingOccurrences(of: #"tokenStart: \d+, tokenEnd: \d+"#, with: "tokens: …", options: .regularExpression) }
            .joined(separator: "\n")
    }

    private func inSections(_ article: Article, minimumBytes: Int) throws -> [Claim] {
        var claims: [Claim] = []
        try ExtractionFixture.extractor().forEachSection(of: article, minimumBytes: minimumBytes) { claims += $0.claims }
        return claims
    }

    @Test func everyCorpusArticleReadsTheSameInSectionsOfEveryParagraph() throws {
        let extractor = try ExtractionFixture.extractor()
        let articles = try ShippedCorpus.parsed(in: CorpusLocation.corpus)
        for article in articles {
            let whole = extractor.analysis(of: article).claims
            #expect(dumped(try inSections(article, minimumBytes: 1)) == dumped(whole), "\(article.id)")
        }
        // The corpus's articles are cut at most of their paragraphs, so the comparison above
        // crosses thousands of section boundaries.
        let sections = articles.map { ArticleSection.sections(of: $0.body, minimumBytes: 1).count }.reduce(0, +)
        #expect(sections > articles.count * 5)
    }

    /// Text copied from a web page often has a paragraph a line, with no blank line between:
    /// the corpus written that way is cut at its lines, and reads as it does whole.
    @Test func everyCorpusArticleWithNoBlankLinesReadsTheSameInSectionsOfEveryLine() throws {
        let extractor = try ExtractionFixture.extractor()
        var cuts = 0
        for original in try ShippedCorpus.parsed(in: CorpusLocation.corpus) {
            var body: [UInt8] = []
            for byte in original.body where !(byte == 0x0A && body.last == 0x0A) { body.append(byte) }
            let article = Article(
                id: original.id, outlet: original.outlet, published: original.published, url: original.url, source: original.source,
                body: body, bodyFirstLine: original.bodyFirstLine)
            #expect(!body.indices.dropFirst().contains { body[$0] == 0x0A && body[$0 - 1] == 0x0A })
            let whole = extractor.analysis(of: article).claims
            #expect(dumped(try inSections(article, minimumBytes: 1)) == dumped(whole), "\(article.id)")
            cuts += ArticleSection.sections(of: body, minimumBytes: 1).count - 1
        }
        #expect(cuts > 300)  // hundreds of lines where a section starts
    }

    /// Text scraped as one line has no line to cut at: the corpus's bodies run into one line,
    /// longer than a paragraph is read at once, are read as broken (`LongParagraph`), cut at
    /// the breaks, and read as they do whole — and as the same text with a line break at
    /// each break.
    @Test func oneLongLineIsCutAtItsBreaksAndReadsAsIfBrokenThere() throws {
        let extractor = try ExtractionFixture.extractor()
        var line: [UInt8] = []
        while line.count < 2 * LongParagraph.bytes + LongParagraph.bytes / 2 {
            for article in try ShippedCorpus.parsed(in: CorpusLocation.corpus) {
                for byte in article.body { line.append(byte == 0x0A ? 0x20 : byte) }
                line.append(0x20)
            }
        }
        let article = ExtractionFixture.article(String(decoding: line, as: UTF8.self))
        let breaks = ArticleSection.whole(article.body).breaks
        #expect(breaks.count >= 2)
        #expect(ArticleSection.sections(of: article.body, minimumBytes: 1).map(\.bytes.lowerBound) == [0] + breaks.map { $0 + 1 })
        let whole = extractor.analysis(of: article).claims
        #expect(whole.count > 1000)
        #expect(dumped(try inSections(article, minimumBytes: 1)) == dumped(whole))
        var broken = article.body
        for offset in breaks { broken[offset] = 0x0A }
        #expect(ArticleSection.whole(broken).breaks.isEmpty)
        #expect(dumped(extractor.analysis(of: ExtractionFixture.article(String(decoding: broken, as: UTF8.self))).claims) == dumped(whole))
    }

    @Test func everyRealArticleReadsTheSameInSectionsOfEveryParagraph() throws {
        guard let realdev = CorpusLocation.realdev else { return }
        let extractor = try ExtractionFixture.extractor()
        for article in try ShippedCorpus.parsed(in: realdev) {
            let whole = extractor.analysis(of: article).claims
            #expect(dumped(try inSections(article, minimumBytes: 1)) == dumped(whole), "\(article.id)")
        }
    }

    /// A quote's tag on the line below it is read with the quote only when the line opens with
    /// a dash, which no section starts at; a line that opens with a letter may start a section,
    /// so it is a sentence of its own either way.
    @Test func aTagOnTheLineBelowAQuoteReadsTheSameInSections() throws {
        let body = """
            The Azerbaijani defence ministry issued a statement on Tuesday.

            “Armenian units shelled our positions in Lachin overnight,”

            – the ministry said.

            “Armenian units also fired on Kalbajar,”

            the ministry added.
            """
        let extractor = try ExtractionFixture.extractor()
        let article = ExtractionFixture.article(body)
        #expect(ArticleSection.sections(of: article.body, minimumBytes: 1).count == 2)  // cut before "the ministry added"
        let whole = extractor.analysis(of: article).claims
        #expect(whole.map(\.party.rawValue) == ["azerbaijan-mod", "narrator"])
        #expect(dumped(try inSections(article, minimumBytes: 1)) == dumped(whole))
    }

    @Test func aMinistryNamedInOneSectionSpeaksInTheNext() throws {
        let body = """
            Armenia's defence ministry said on Tuesday that its positions near Jermuk had come under fire.

            The ministry said Azerbaijani forces shelled Sotk overnight, and that three soldiers were wounded.
            """
        let article = ExtractionFixture.article(body)
        var sections: [ArticleAnalysis] = []
        try ExtractionFixture.extractor().forEachSection(of: article, minimumBytes: 1) { sections.append($0) }
        #expect(sections.count == 2)
        let second = sections[1].claims.map(ExtractionFixture.summary)
        #expect(second.contains("armenia-mod indirect attack aggressor=azerbaijan target=armenia date=2022-09-12"))
        #expect(sections[1].claims.map(\.number) == Array(2...(1 + sections[1].claims.count)))
        #expect(sections[1].document.sentences.first?.paragraph == 1)
    }

    /// A paragraph that breaks off on "by" (a headline run into the text, a paragraph cut
    /// where a page broke it) does not make the next paragraph's first side a passive agent:
    /// each sentence is read on its own words, whole or in sections. Found by fuzzing, where a
    /// long paragraph is broken at a space.
    @Test func aSentenceIsReadOnItsOwnWordsNotTheLastWordBeforeIt() throws {
        let body = """
            Shelters in Martuni were opened on Sunday, the district office said, after the road was closed by

            Azerbaijani shelling near Martuni killed three people overnight.
            """
        let article = ExtractionFixture.article(body)
        let whole = try ExtractionFixture.extractor().analysis(of: article).claims
        let losses = try #require(whole.first { $0.kind == .casualties })
        #expect(losses.victim == .armenia)
        #expect(dumped(try inSections(article, minimumBytes: 1)) == dumped(whole))
    }

    /// The same holds for every word a rule looks at past a trigger, a count or a side: a
    /// paragraph that breaks off on "against" or "including", or before "by", leaves the next
    /// paragraph's claim as it reads alone.
    @Test(arguments: [
        ("Talks resumed in Moscow on Friday amid a new offensive against",
         "Azerbaijani forces shelled Martuni overnight, Armenia's defence ministry said."),
        ("Casualties mounted through the week, including",
         "Twelve soldiers were killed near Talish on Monday, Armenia's defence ministry said."),
        ("Azerbaijani forces shelled",
         "By Tuesday evening Armenian forces had shelled Aghdam, Azerbaijan's defence ministry said."),
    ])
    func aParagraphThatBreaksOffLeavesTheNextAsItReadsAlone(first: String, second: String) throws {
        let extractor = try ExtractionFixture.extractor()
        let typed = { (claims: [Claim]) in
            claims.map { "\($0.kind) \(String(describing: $0.aggressor)) \(String(describing: $0.target)) \(String(describing: $0.victim)) \(String(describing: $0.outcome)) \($0.count?.text ?? "")" }
        }
        let alone = extractor.analysis(of: ExtractionFixture.article(second)).claims
        let article = ExtractionFixture.article(first + "\n\n" + second)
        let whole = extractor.analysis(of: article).claims
        let secondStarts = first.utf8.count + 2
        #expect(!alone.isEmpty)
        #expect(typed(whole.filter { $0.sentence.start >= secondStarts }) == typed(alone))
        #expect(dumped(try inSections(article, minimumBytes: 1)) == dumped(whole))
    }

    @Test func anArticleOfUsualLengthIsOneSection() throws {
        let article = ExtractionFixture.article("Azerbaijani forces shelled Sotk.\n\nThree soldiers were wounded.\n")
        var sections = 0
        try ExtractionFixture.extractor().forEachSection(of: article) { _ in sections += 1 }
        #expect(sections == 1)
    }
}
