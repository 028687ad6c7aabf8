import Foundation
import Testing
import TestSupport

/// `--lexicon` with a user's own number and calendar words: the shipped tables lack the Scots
/// "twa" (two) and "yestreen" (yesterday evening), and a user's table adds them.
struct LexiconOptionTests {
    typealias ClaimLine = ExtractCommandTests.ContractClaim

    /// One article on standard input, published on a Tuesday.
    static func article(_ body: String) -> String {
        "---\nid: draft\noutlet: Caucasus Wire\npublished: 2022-09-13\n---\n\(body)\n"
    }

    /// The claims of `article`, extracted with the lexicon files at `lexicons`.
    static func claims(_ article: String, lexicons: [URL] = []) throws -> [ClaimLine] {
        let options = lexicons.flatMap { ["--lexicon", $0.path] }
        let result = RunResult.run(["extract", "-", "--format", "jsonl"] + options, stdin: article)
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        return try result.output.split(separator: "\n").map { try JSONDecoder().decode(ClaimLine.self, from: Data($0.utf8)) }
    }

    /// The only claim of `article`, first with the shipped tables, then with a user's table
    /// named `name` holding `rows` under `columns`.
    static func onlyClaims(_ article: String, table name: String, columns: String, rows: String) throws
        -> (shipped: ClaimLine, extended: ClaimLine)
    {
        let folder = try CorpusLocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lexicon = folder.appendingPathComponent(name)
        try "# A user's own words.\n# columns: \(columns)\n\(rows)\n".write(to: lexicon, atomically: false, encoding: .utf8)
        let shipped = try #require(try claims(article).only)
        let extended = try #require(try claims(article, lexicons: [lexicon]).only)
        return (shipped, extended)
    }

    @Test func userNumberWordCountsPeople() throws {
        let (shipped, extended) = try Self.onlyClaims(
            Self.article("Armenia's defence ministry said twa soldiers were killed near Jermuk."),
            table: "scots-numbers.tsv", columns: "phrase\tnumber-kind\tvalue", rows: "twa\tnumber\t2")
        #expect(shipped.kind == "casualties")
        #expect(shipped.count == nil)
        #expect(extended.kind == "casualties")
        #expect(extended.count?.min == 2)
        #expect(extended.count?.max == 2)
    }

    /// A user's abbreviation keeps a title's full stop inside the sentence, so the speaker is
    /// the whole phrase and its party is read from it, not from the name after the stop.
    @Test func userAbbreviationKeepsTheSpeakerInOneSentence() throws {
        let (shipped, extended) = try Self.onlyClaims(
            Self.article("Armenian commander Polk. Arakelyan said Azerbaijani forces shelled Jermuk on Monday."),
            table: "titles.tsv", columns: "abbreviation", rows: "Polk.")
        #expect(shipped.speaker == "Arakelyan")
        #expect(shipped.party == "other")
        #expect(extended.speaker == "Armenian commander Polk. Arakelyan")
        #expect(extended.party == "armenia-gov")
    }

    /// A table saved with Windows line ends reads like any other.
    @Test func tableWithCRLFLineEndsTakesEffect() throws {
        let (_, extended) = try Self.onlyClaims(
            Self.article("Armenia's defence ministry said twa soldiers were killed near Jermuk."),
            table: "scots-numbers.tsv", columns: "phrase\tnumber-kind\tvalue\r", rows: "twa\tnumber\t2\r")
        #expect(extended.count?.min == 2)
    }

    /// A table that is not UTF-8 (here Latin-1 "fünf") is refused, naming its line, before any article is read.
    @Test func tableNotInUTF8IsRefusedWithItsLine() throws {
        let folder = try CorpusLocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lexicon = folder.appendingPathComponent("latin1.tsv")
        try Data(Array("# columns: phrase\tnumber-kind\tvalue\nf".utf8) + [0xFC] + Array("nf\tnumber\t5\n".utf8)).write(to: lexicon)
        let result = RunResult.run(["extract", "-", "--lexicon", lexicon.path], stdin: Self.article("Baku said two soldiers died."))
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.errors == "\(lexicon.path):2: invalid UTF-8 (byte at offset 37); save the lexicon file as UTF-8\n")
    }

    @Test func userCalendarWordDatesAClaim() throws {
        let (shipped, extended) = try Self.onlyClaims(
            Self.article("Azerbaijan's defence ministry said Armenian units shelled its positions in Lachin yestreen."),
            table: "scots-days.tsv", columns: "phrase\tcalendar-kind\tvalue", rows: "yestreen\trelative-day\t-1")
        #expect(shipped.kind == "attack")
        #expect(shipped.date == nil)
        #expect(extended.kind == "attack")
        #expect(extended.date == "2022-09-12")
    }
}

extension Array {
    /// The single element, or nil when there are none or several.
    fileprivate var only: Element? { count == 1 ? first : nil }
}
