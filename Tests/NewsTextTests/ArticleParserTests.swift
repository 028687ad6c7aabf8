import NewsText
import Testing

/// A short wire story in the corpus format; the body starts on line 7.
private let wireStory = """
    ---
    id: wire-2022-09-13-border
    outlet: Caucasus Wire
    published: 2022-09-13
    url: https://example.org/wire-2022-09-13-border
    ---
    \(wireBody)
    """

private let wireBody = """
    YEREVAN/BAKU, Sept 13 (Caucasus Wire) - Armenia's defence ministry said Azerbaijani \
    forces shelled positions near Jermuk overnight and that 49 of its soldiers had been killed.

    Azerbaijan's defence ministry said it had responded to "large-scale provocations" by \
    Armenian units near Kalbajar and Lachin, and put its own losses at 50.

    Russia's foreign ministry called on both sides to "refrain from escalation".

    """

private let wirePath = "Corpus/articles/wire-2022-09-13-border.md"
private let wireID = "wire-2022-09-13-border"

private func parse(
    _ text: String, source: String = wirePath, expectedID: String? = wireID
) throws(ArticleError) -> Article {
    try ArticleParser.parse(Array(text.utf8), source: source, expectedID: expectedID)
}

/// The same bytes with every `\n` turned into `\r\n`.
private func crlf(_ text: String) -> [UInt8] {
    Array(text.utf8).flatMap { $0 == UInt8(ascii: "\n") ? [UInt8(ascii: "\r"), $0] : [$0] }
}

@Suite struct ArticleParserTests {
    @Test func validArticleWithAllFields() throws {
        let article = try parse(wireStory)
        #expect(article.id == "wire-2022-09-13-border")
        #expect(article.outlet == "Caucasus Wire")
        #expect(article.published == CalendarDate(year: 2022, month: 9, day: 13))
        #expect(article.url == "https://example.org/wire-2022-09-13-border")
        #expect(article.source == wirePath)
        #expect(article.body == Array(wireBody.utf8))
        #expect(article.bodyFirstLine == 7)
        let quote = try #require(article.body.firstIndex(of: UInt8(ascii: "\"")))
        #expect(LineIndex(article).line(ofBodyOffset: quote) == 9)
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let article = try ArticleParser.parse(
            [0xEF, 0xBB, 0xBF] + Array(wireStory.utf8), source: wirePath, expectedID: wireID)
        #expect(article.id == wireID)
        #expect(article.body == Array(wireBody.utf8))
        #expect(article.bodyFirstLine == 7)
    }

    @Test func crlfLineEndings() throws {
        let article = try ArticleParser.parse(crlf(wireStory), source: wirePath, expectedID: wireID)
        #expect(article.id == wireID)
        #expect(article.outlet == "Caucasus Wire")
        #expect(article.published == CalendarDate(year: 2022, month: 9, day: 13))
        #expect(article.url == "https://example.org/wire-2022-09-13-border")
        // The body is kept byte for byte, carriage returns included.
        #expect(article.body == crlf(wireBody))
        #expect(article.bodyFirstLine == 7)
        let quote = try #require(article.body.firstIndex(of: UInt8(ascii: "\"")))
        #expect(LineIndex(article).line(ofBodyOffset: quote) == 9)
    }

    @Test func paragraphsSeparatedBySingleLineBreaks() throws {
        let article = try parse(
            """
            ---
            id: wire-2022-09-13-border
            outlet: Caucasus Wire
            ---
            Armenia said 49 of its soldiers had been killed.
            Azerbaijan said it had lost 50 servicemen.
            """)
        #expect(
            article.text(ByteRange(0, article.body.count))
                == "Armenia said 49 of its soldiers had been killed.\nAzerbaijan said it had lost 50 servicemen.")
        #expect(article.bodyFirstLine == 5)
    }

    @Test(arguments: ["", "published:\n", "published:   \n"])
    func missingOrEmptyPublishedIsNil(publishedLine: String) throws {
        let article = try parse(
            """
            ---
            id: wire-2022-09-13-border
            outlet: Caucasus Wire
            \(publishedLine)url:
            ---
            Clashes broke out on the border overnight, Armenia's defence ministry said.
            """)
        #expect(article.published == nil)
        #expect(article.url == "")
    }

    @Test func leadingBlankBodyLinesAreSkipped() throws {
        let article = try parse(
            """
            ---
            id: wire-2022-09-13-border
            outlet: Caucasus Wire
            ---

            \t
            Clashes broke out on the border overnight, Armenia's defence ministry said.

            """)
        #expect(article.bodyFirstLine == 7)
        #expect(
            article.body
                == Array("Clashes broke out on the border overnight, Armenia's defence ministry said.\n".utf8))
    }

    @Test func unknownKeysCommentsAndQuotesInFrontMatter() throws {
        let article = try parse(
            """
            ---
            # Filed from the Jermuk bureau.
            id: wire-2022-09-13-border
            outlet: "Caucasus Wire: Evening Edition"
            author: Staff reporter

            section: 'world'
            ---
            Clashes broke out on the border overnight, Armenia's defence ministry said.
            """)
        #expect(article.outlet == "Caucasus Wire: Evening Edition")
        #expect(article.published == nil)
        #expect(article.bodyFirstLine == 9)
        // Unknown keys load, each with a warning on its own line.
        #expect(
            article.warnings.map(\.description) == [
                wirePath + ":5: warning: unknown front-matter key `author` is ignored; the keys are id, outlet, published, url",
                wirePath + ":7: warning: unknown front-matter key `section` is ignored; the keys are id, outlet, published, url",
            ])
    }

    /// A misspelt optional key would pass unseen: the warning names the key it resembles.
    @Test func misspeltKeyIsNamedWithItsLikelyKey() throws {
        let article = try parse(
            """
            ---
            id: wire-2022-09-13-border
            outlet: Caucasus Wire
            publised: 2022-09-13
            URL: https://example.org/x
            ---
            Clashes broke out on the border overnight.
            """)
        #expect(article.published == nil)
        #expect(
            article.warnings.map(\.description) == [
                wirePath + ":4: warning: unknown front-matter key `publised` is ignored; did you mean `published`?",
                wirePath + ":5: warning: unknown front-matter key `URL` is ignored; did you mean `url`?",
            ])
        #expect(try parse(wireStory).warnings.isEmpty)
    }

    @Test func standardInputNeedsOnlyAWellFormedID() throws {
        let article = try parse(wireStory, source: "-", expectedID: nil)
        #expect(article.id == wireID)
        #expect(article.source == "-")
    }

    // MARK: - Errors

    struct Broken: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let source: String
        let expectedID: String?
        let error: String
        var testDescription: String { name }

        init(
            _ name: String, _ text: String, source: String = wirePath, expectedID: String? = wireID,
            error: String
        ) {
            self.name = name
            self.text = text
            self.source = source
            self.expectedID = expectedID
            self.error = error
        }
    }

    static let broken: [Broken] = [
        Broken(
            "no front matter",
            """
            id: wire-2022-09-13-border
            outlet: Caucasus Wire
            Clashes broke out on the border overnight.
            """,
            error: wirePath + ":1: missing front matter; start the file with a `---` line, then"
                + " `key: value` lines (id, outlet, published, url), then a closing `---` line"),
        Broken(
            "front matter not closed",
            """
            ---
            id: wire-2022-09-13-border
            outlet: Caucasus Wire

            Armenia's defence ministry said: "Azerbaijani forces opened fire."
            """,
            error: wirePath + ":1: front matter is not closed; add a `---` line after the last"
                + " `key: value` line"),
        Broken(
            "line without a colon",
            """
            ---
            id: wire-2022-09-13-border
            Caucasus Wire
            ---
            Clashes broke out on the border overnight.
            """,
            error: wirePath + ":3: front matter line is not `key: value`; write one field per line,"
                + " e.g. `outlet: Caucasus Wire`"),
        Broken(
            "key with a space",
            """
            ---
            id: wire-2022-09-13-border
            outlet: Caucasus Wire
            published on: 2022-09-13
            ---
            Clashes broke out on the border overnight.
            """,
            error: wirePath + ":4: front matter line is not `key: value`; write one field per line,"
                + " e.g. `outlet: Caucasus Wire`"),
        Broken(
            "duplicate key",
            """
            ---
            id: wire-2022-09-13-border
            outlet: Caucasus Wire
            outlet: Baku Today
            ---
            Clashes broke out on the border overnight.
            """,
            error: wirePath + ":4: duplicate key `outlet` (first on line 3); keep only one"),
        Broken(
            "id missing",
            """
            ---
            outlet: Caucasus Wire
            ---
            Clashes broke out on the border overnight.
            """,
            error: wirePath + ":1: front matter has no `id`; add `id: wire-2022-09-13-border`,"
                + " the file name without `.md`"),
        Broken(
            "id missing on stdin",
            """
            ---
            outlet: Caucasus Wire
            ---
            Clashes broke out on the border overnight.
            """,
            source: "-", expectedID: nil,
            error: "-:1: front matter has no `id`; add an `id:` line"),
        Broken(
            "id empty",
            """
            ---
            id:
            outlet: Caucasus Wire
            ---
            Clashes broke out on the border overnight.
            """,
            error: wirePath + ":2: id is empty; give the article an id of a-z, 0-9 and `-`"),
        Broken(
            "id not [a-z0-9-]+",
            """
            ---
            outlet: Caucasus Wire
            id: Wire_2022-09-13-Border
            ---
            Clashes broke out on the border overnight.
            """,
            error: wirePath + ":3: id `Wire_2022-09-13-Border` may contain only a-z, 0-9 and `-`;"
                + " rename the article and its file"),
        Broken(
            "id differs from the file name",
            """
            ---
            id: wire-2022-09-14-border
            outlet: Caucasus Wire
            ---
            Clashes broke out on the border overnight.
            """,
            error: wirePath + ":2: id `wire-2022-09-14-border` does not match the file name"
                + " `wire-2022-09-13-border.md`; the file name and id must agree:"
                + " rename the file or change the id"),
        Broken(
            "outlet missing",
            """
            ---
            id: wire-2022-09-13-border
            published: 2022-09-13
            ---
            Clashes broke out on the border overnight.
            """,
            error: wirePath + ":1: front matter has no `outlet`; add who published the article,"
                + " e.g. `outlet: Caucasus Wire`"),
        Broken(
            "outlet empty",
            "---\nid: wire-2022-09-13-border\noutlet:   \n---\nClashes broke out on the border overnight.\n",
            error: wirePath + ":3: outlet is empty; name who published the article,"
                + " e.g. `outlet: Caucasus Wire`"),
        Broken(
            "published not a real day",
            """
            ---
            id: wire-2022-09-13-border
            outlet: Caucasus Wire
            published: 2022-02-30
            ---
            Clashes broke out on the border overnight.
            """,
            error: wirePath + ":4: published `2022-02-30` is not a real date in YYYY-MM-DD form;"
                + " write e.g. `published: 2022-09-13`, or leave it empty if unknown"),
        Broken(
            "published in year zero",
            """
            ---
            id: wire-2022-09-13-border
            outlet: Caucasus Wire
            published: 0000-01-01
            ---
            Clashes broke out on the border overnight.
            """,
            error: wirePath + ":4: published `0000-01-01` is outside the years 1900–2100; fix the year, or leave it empty if unknown"),
        Broken(
            "published day first",
            """
            ---
            id: wire-2022-09-13-border
            outlet: Caucasus Wire
            published: 13/09/2022
            ---
            Clashes broke out on the border overnight.
            """,
            error: wirePath + ":4: published `13/09/2022` is not a real date in YYYY-MM-DD form;"
                + " write e.g. `published: 2022-09-13`, or leave it empty if unknown"),
        Broken(
            "body missing",
            """
            ---
            id: wire-2022-09-13-border
            outlet: Caucasus Wire
            ---
            """,
            error: wirePath + ":5: article body is empty; write the article text after the closing `---`"),
        Broken(
            "body only whitespace",
            "---\nid: wire-2022-09-13-border\noutlet: Caucasus Wire\n---\n\n  \t\n\n",
            error: wirePath + ":5: article body is empty; write the article text after the closing `---`"),
    ]

    @Test(arguments: broken)
    func brokenArticleIsReported(_ example: Broken) {
        let error = #expect(throws: ArticleError.self) {
            try parse(example.text, source: example.source, expectedID: example.expectedID)
        }
        #expect(error?.description == example.error)
    }

    @Test func errorsKeepTheirLineWithCRLFAndByteOrderMark() {
        let bytes: [UInt8] =
            [0xEF, 0xBB, 0xBF]
            + crlf(
                """
                ---
                id: wire-2022-09-13-border
                outlet: Caucasus Wire
                published: 2022-02-30
                ---
                Clashes broke out on the border overnight.
                """)
        let error = #expect(throws: ArticleError.self) {
            try ArticleParser.parse(bytes, source: wirePath, expectedID: wireID)
        }
        #expect(
            error
                == ArticleError(
                    source: wirePath, line: 4,
                    message: "published `2022-02-30` is not a real date in YYYY-MM-DD form;"
                        + " write e.g. `published: 2022-09-13`, or leave it empty if unknown"))
    }

    // MARK: - UTF-8

    /// `outlet: Agence` with the first letter of the outlet (offset 39 in the
    /// file, on line 3) replaced by each sequence.
    @Test(
        arguments: [
            ([0xE7], "0xE7", 39),  // Latin-1 "ç"
            ([0x80], "0x80", 39),  // a continuation byte on its own
            ([0xC0, 0x80], "0xC0", 39),  // overlong NUL
            ([0xE0, 0x80, 0x80], "0xE0", 39),  // overlong three-byte form
            ([0xED, 0xA0, 0x80], "0xED", 39),  // UTF-16 surrogate
            ([0xF4, 0x90, 0x80, 0x80], "0xF4", 39),  // above U+10FFFF
            ([0x41, 0xE2, 0x80], "0xE2", 40),  // a three-byte sequence cut short
        ] as [([UInt8], String, Int)])
    func invalidUTF8IsReportedWithLineAndOffset(sequence: [UInt8], byte: String, offset: Int) {
        let bytes =
            Array("---\nid: wire-2022-09-13-border\noutlet: ".utf8) + sequence
            + Array("gence\n---\nClashes broke out on the border overnight.\n".utf8)
        let error = #expect(throws: ArticleError.self) {
            try ArticleParser.parse(bytes, source: wirePath, expectedID: wireID)
        }
        #expect(
            error?.description
                == "\(wirePath):3: invalid UTF-8 (byte \(byte) at byte offset \(offset)); save the file as UTF-8")
    }

    @Test func invalidUTF8InTheBodyNamesItsLine() {
        var bytes = Array(wireStory.utf8)
        let offset = bytes.count - 3
        bytes[offset] = 0xE9
        let error = #expect(throws: ArticleError.self) {
            try ArticleParser.parse(bytes, source: wirePath, expectedID: wireID)
        }
        #expect(
            error?.description
                == "\(wirePath):11: invalid UTF-8 (byte 0xE9 at byte offset \(offset)); save the file as UTF-8")
    }

    @Test func sequenceCutShortByTheEndOfTheFile() {
        let bytes = Array(wireStory.utf8) + [0xE2, 0x80]
        let error = #expect(throws: ArticleError.self) {
            try ArticleParser.parse(bytes, source: wirePath, expectedID: wireID)
        }
        #expect(
            error?.description
                == "\(wirePath):12: invalid UTF-8 (byte 0xE2 at byte offset \(bytes.count - 2)); save the file as UTF-8"
        )
    }

    @Test func multilingualTextIsValidUTF8() throws {
        let article = try parse(
            """
            ---
            id: wire-2022-09-13-border
            outlet: Արմենպրես — Азертадж
            ---
            Nagorno-Karabakh («Арцах», Qarabağ) 🇦🇲🇦🇿 — €50 million, 中国外交部.
            """)
        #expect(article.outlet == "Արմենպրես — Азертадж")
        #expect(article.text(ByteRange(0, article.body.count)).hasSuffix("中国外交部."))
    }
}
