import Foundation
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

    @Test func aShortBodyHoldsOnlyItsKeptSentences() {
        let kept = [range(of: "Shells hit Jermuk."), range(of: "Baku denied it.")]
        #expect(Excerpts(of: Self.body, keeping: kept).heldBytes == kept.reduce(0) { $0 + $1.count })
    }

    /// A body of a section or more is held whole while it is read: a copy of most of it beside
    /// it would double the peak, so it is kept as it is, and reads the same. With little of it
    /// kept, only that is copied.
    @Test func aLongBodyMostlyKeptIsKeptWholeAndReadsTheSame() {
        var body: [UInt8] = []
        var kept: [ByteRange] = []
        // Two sentences of each copy: 53 of its 87 bytes.
        while body.count < Excerpts.wholeBodyBytes {
            kept += [ByteRange(body.count, body.count + 18), ByteRange(body.count + 19, body.count + 54)]
            body += Self.body + Array(" ".utf8)
        }
        let excerpts = Excerpts(of: body, keeping: kept)
        #expect(excerpts.heldBytes == body.count)
        #expect(excerpts.text(kept[6]) == "Shells hit Jermuk.")
        #expect(excerpts.text(kept[7]) == "The ministry said 49 soldiers died.")
        let one = Excerpts(of: body, keeping: [kept[7]])
        #expect(one.heldBytes == 35)
        #expect(one.text(kept[7]) == "The ministry said 49 soldiers died.")
        #expect(Excerpts(of: body, keeping: []).heldBytes == 0)
    }

    /// Spilled, the kept sentences hold no memory and read back as they read in the body,
    /// multi-byte text included; two articles share one file.
    @Test func spilledSentencesReadAsInTheBodyAndHoldNoMemory() throws {
        let file = try #require(SpillFile.temporary())
        let other = Array("Şuşa was shelled — Stepanakert said. Nothing else.".utf8)
        let first = Excerpts(of: Self.body, keeping: [range(of: "Baku denied it."), range(of: "Shells hit Jermuk.")], in: .file(file))
        let second = Excerpts(of: other, keeping: [ByteRange(0, Array("Şuşa was shelled — Stepanakert said.".utf8).count)], in: .file(file))
        #expect(first.heldBytes == 0 && second.heldBytes == 0)
        #expect(first.spilledBytes == Self.body.count)
        #expect(first.text(range(of: "Shells hit Jermuk.")) == "Shells hit Jermuk.")
        #expect(first.text(range(of: "Baku denied it.")) == "Baku denied it.")
        #expect(first.bytes(range(of: "Jermuk")) == Array("Jermuk".utf8)[...])
        #expect(second.text(ByteRange(0, Array("Şuşa was shelled".utf8).count)) == "Şuşa was shelled")
    }

    /// The spill file takes no name in its folder: nothing is left behind however the run ends.
    @Test func theSpillFileLeavesNothingInItsFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try #require(SpillFile.temporary(in: folder.path))
        #expect(file.append(Self.body[...]) == 0)
        #expect(file.append(Self.body[...]) == Self.body.count)
        #expect(file.read(at: Self.body.count, count: 6) == Array("Shells".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// A spill file that refuses the bytes (a full disk) leaves them in memory, where they
    /// read the same.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs Linux's /dev/full"))
    func sentencesAFullDiskRefusesAreKeptInMemory() throws {
        let full = try #require(SpillFile.existing("/dev/full"))
        let kept = [range(of: "Shells hit Jermuk."), range(of: "Baku denied it.")]
        let excerpts = Excerpts(of: Self.body, keeping: kept, in: .file(full))
        #expect(excerpts.spilledBytes == 0)
        #expect(excerpts.heldBytes == kept.reduce(0) { $0 + $1.count })
        #expect(excerpts.text(kept[1]) == "Baku denied it.")
    }

    /// With no folder to spill into, a command keeps its sentences in memory.
    @Test func noSpillFileWhereNoneCanBeMade() {
        #expect(SpillFile.temporary(in: "/nonexistent-counterclaim-folder") == nil)
    }
}
