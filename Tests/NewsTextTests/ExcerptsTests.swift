import NewsText
import Testing

/// The sentences a corpus command keeps of an article read as they read in the whole body.
struct ExcerptsTests {
    static let body = Array("Shells hit Jermuk. The ministry said 49 soldiers died. Talks went on. Baku denied it.".utf8)

    private func range(of text: String) -> ByteRange {
        let needle = Array(text.utf8)
        let start = (0...(Self.body.count - needle.count)).first { Array(Self.body[$0..<($0 + needle.count)]) == needle }!
        return ByteRange(start, start + needle.count)
    }

    @Test func keptRangesReadAsInTheBody() {
        let first = range(of: "Shells hit Jermuk.")
        let second = range(of: "The ministry said 49 soldiers died.")
        let last = range(of: "Baku denied it.")
        // Out of order, repeated and overlapping, as a claim list gives them.
        let excerpts = Excerpts(of: Self.body, keeping: [last, second, first, second, range(of: "said 49")])
        #expect(excerpts.text(first) == "Shells hit Jermuk.")
        #expect(excerpts.text(second) == "The ministry said 49 soldiers died.")
        #expect(excerpts.text(last) == "Baku denied it.")
        #expect(excerpts.text(range(of: "49 soldiers")) == "49 soldiers")
    }

    @Test func multiByteTextSurvives() {
        let body = Array("Şuşa was shelled — Stepanakert said. Nothing else.".utf8)
        let sentence = ByteRange(0, Array("Şuşa was shelled — Stepanakert said.".utf8).count)
        #expect(Excerpts(of: body, keeping: [sentence]).text(sentence) == "Şuşa was shelled — Stepanakert said.")
    }
}
