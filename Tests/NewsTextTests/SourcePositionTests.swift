import NewsText
import Testing

/// Line and column of body offsets, as editors jump to them: columns count Unicode scalars
/// from 1 on each line, lines count from the line the body starts on.
struct SourcePositionTests {
    static func article(_ body: String, firstLine: Int = 1) -> Article {
        Article(id: "t", outlet: "", published: nil, url: "", source: "t.md", body: Array(body.utf8), bodyFirstLine: firstLine)
    }

    @Test func scalarsNotBytes() {
        let body = "Şuşa — Jermuk.\nXankəndi shelled.\n"
        let bytes = Array(body.utf8)
        let jermuk = bytes.firstRange(of: Array("Jermuk".utf8))?.lowerBound ?? -1
        let shelled = bytes.firstRange(of: Array("shelled".utf8))?.lowerBound ?? -1
        let positions = SourcePosition.of(bodyOffsets: [jermuk, shelled], in: Self.article(body, firstLine: 7))
        #expect(positions.map(\.description) == ["7:8", "8:10"])
    }

    @Test func anyOrderGivesTheSamePositions() {
        let body = "one\r\ntwo\n\nthree"
        let offsets = [11, 0, 5, 9, 2]
        let positions = SourcePosition.of(bodyOffsets: offsets, in: Self.article(body))
        #expect(positions.map(\.description) == ["4:2", "1:1", "2:1", "3:1", "1:3"])
        #expect(
            SourcePosition.of(bodyOffsets: offsets.sorted(), in: Self.article(body)).map(\.description) == [
                "1:1", "1:3", "2:1", "3:1", "4:2",
            ])
    }

    @Test func theEndOfTheBody() {
        #expect(SourcePosition.of(bodyOffsets: [4], in: Self.article("ab\nc")) == [SourcePosition(line: 2, column: 2)])
        #expect(SourcePosition.of(bodyOffsets: [], in: Self.article("ab")).isEmpty)
    }
}
