import NewsText
import Testing

/// Where a paragraph too long to read at once is read as broken (`LongParagraph`).
struct LongParagraphTests {
    /// The text after each break, to its first stop or its first 24 bytes.
    private func afterBreaks(_ text: String, bytes: Int) -> [String] {
        let body = Array(text.utf8)
        let breaks = body.withUnsafeBufferPointer { text in
            LongParagraph.breaks(in: text, wraps: HardWrap.wraps(in: text), bytes: bytes)
        }
        #expect(breaks.allSatisfy { body[$0] == 0x20 })
        return breaks.map { String(decoding: body[($0 + 1)...].prefix(24), as: UTF8.self) }
    }

    private static let sentences = [
        "Armenia's defence ministry said Azerbaijani forces shelled positions near Jermuk overnight.",
        "Baku denied the claim and accused Armenian units of firing first near Kalbajar.",
        "Gen. Hasanov told reporters that the situation on the border remained tense.",
        "Two soldiers were wounded, the ministry in Yerevan said on Tuesday.",
    ]

    @Test func aParagraphOfUsualLengthIsNotBroken() {
        let text = Self.sentences.joined(separator: " ")
        #expect(afterBreaks(text, bytes: LongParagraph.bytes).isEmpty)
        #expect(afterBreaks(text, bytes: text.utf8.count).isEmpty)
    }

    /// The first sentence end after every `bytes` of the paragraph, before a capital: never
    /// after a short word, as an abbreviation is ("Gen. Hasanov").
    @Test func aLongParagraphIsBrokenAtTheFirstSentenceEndAfterEachStretch() {
        let text = Array(repeating: Self.sentences.joined(separator: " "), count: 3).joined(separator: " ")
        let breaks = afterBreaks(text, bytes: 100)
        #expect(breaks.count >= 5)
        #expect(!breaks.contains { $0.hasPrefix("Hasanov") })
        #expect(breaks.allSatisfy { after in Self.sentences.contains { $0.hasPrefix(after) } })
        // The first stretch of 100 bytes ends inside the second sentence, so the paragraph is
        // broken where the third starts.
        #expect(breaks.first == "Gen. Hasanov told report")
    }

    /// A paragraph with no sentence end within another stretch is broken at a space before
    /// a word: a list of clauses with no stop, or text with its punctuation lost.
    @Test func aParagraphWithNoSentenceEndIsBrokenBeforeAWord() {
        let text = Array(repeating: "Azerbaijani forces shelled Sotk, and", count: 20).joined(separator: " ")
        let breaks = afterBreaks(text, bytes: 100)
        #expect(!breaks.isEmpty)
        #expect(breaks.allSatisfy { $0.hasPrefix("Azerbaijani") || $0.hasPrefix("forces") || $0.hasPrefix("shelled") || $0.hasPrefix("Sotk") || $0.hasPrefix("and") })
    }

    /// The stretch is counted from the start of the paragraph: lines shorter than it are never
    /// broken, and the lines of a hard-wrapped paragraph count as one.
    @Test func aParagraphIsALineOrTheLinesAWrapJoins() {
        let lines = Self.sentences.joined(separator: "\n")
        #expect(afterBreaks(lines, bytes: 100).isEmpty)
        let wrapped = """
            Armenia's defence ministry said on Tuesday that Azerbaijani
            forces had shelled positions near Jermuk and Sotk overnight,
            and that two soldiers were wounded. Baku denied the claim and
            accused Armenian units of a provocation near Kalbajar, where
            the two sides have traded fire for weeks. The talks stalled.
            """
        #expect(afterBreaks(wrapped, bytes: 100) == ["Baku denied the claim an", "The talks stalled."])
        #expect(afterBreaks(wrapped.replacingOccurrences(of: "\n", with: "\r\n"), bytes: 100) == ["Baku denied the claim an", "The talks stalled."])
    }

    /// A break starts a line: the token after it opens a sentence and a paragraph.
    @Test func aBreakStartsALineForTheTokenizer() {
        let text = Array(repeating: Self.sentences.joined(separator: " "), count: 450).joined(separator: " ")
        let body = Array(text.utf8)
        let section = ArticleSection.whole(body)
        #expect(!section.breaks.isEmpty)
        let tokens = Tokenizer.tokenize(body, in: section)
        let lineStarts = tokens.filter(\.startsLine).map(\.range.start)
        #expect(lineStarts == [0] + section.breaks.map { $0 + 1 })
    }
}
