import NewsText
import TestSupport
import Testing

/// A draft wrapped at a margin reads as the same sentences as one line per paragraph; lines
/// that stand alone by their shape — a headline, list items, a signature, a live blog's time
/// stamps — still do.
struct HardWrapTests {
    static let paragraphs = [
        "Armenia's defence ministry said on Tuesday that Azerbaijani forces had shelled positions near Jermuk and Sotk overnight, killing at least 49 soldiers.",
        "Azerbaijan's defence ministry said its units had only answered a large-scale provocation by Armenian forces near Kalbajar and Lachin.",
    ]

    /// The paragraphs wrapped at `width` columns, as `fold -s` or an email client would.
    static func wrapped(_ paragraph: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in paragraph.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// Sentences with their white space collapsed: a wrap is a space.
    func sentences(_ body: String) throws -> [String] {
        try DocumentFixture.sentenceTexts(body).map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }

    @Test(arguments: [64, 72, 80])
    func aWrappedDraftReadsAsOneLinePerParagraph(width: Int) throws {
        let oneLine = Self.paragraphs.joined(separator: "\n\n")
        let wrapped = Self.paragraphs.map { Self.wrapped($0, width: width) }.joined(separator: "\n\n")
        #expect(wrapped.contains("\n") && wrapped.split(separator: "\n").count > 3)
        #expect(try sentences(wrapped) == sentences(oneLine))
        #expect(try sentences(wrapped.replacingOccurrences(of: "\n", with: "\r\n")) == sentences(oneLine))
        // The wrap is no paragraph: both sentences of a paragraph are in one.
        let document = try DocumentFixture.document(wrapped)
        #expect(document.sentences.map(\.paragraph) == [0, 1])
    }

    @Test func aHeadlineAboveAWrappedParagraphStandsAlone() throws {
        let body = "Armenia says 49 soldiers killed\n" + Self.wrapped(Self.paragraphs[0], width: 64)
        #expect(try sentences(body) == ["Armenia says 49 soldiers killed", Self.paragraphs[0]])
    }

    @Test func listItemsSignaturesAndTimeStampsStandAlone() throws {
        let body = """
            The ministry listed the villages that came under fire on Tuesday night
            - Sotk and the roads to it
            - Jermuk and the resort around it
            07:10 Azerbaijani forces shelled positions near Goris and Kapan overnight
            — the press service of the Ministry of Defence of Armenia
            """
        #expect(try sentences(body).count == 5)
    }
}
