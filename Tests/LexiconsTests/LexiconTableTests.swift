import Lexicons
import Testing

/// Reading a lexicon file into rows, whatever editor saved it.
struct LexiconTableTests {
    /// Found by the fuzzer (Tests/Fuzz/run.sh): a file saved with CRLF line ends was read as one
    /// line, because "\r\n" is a single Character that a split at "\n" never meets, so the user
    /// was told that the header they wrote is unknown, in a message spanning every line.
    @Test func crlfLineEndsReadLikeLF() throws {
        let crlf = try LexiconTable(file: "mine.tsv", text: "# columns: phrase\tparty\trole\r\n\r\nBako\tazerbaijan-gov\tcapital\r\n")
        #expect(crlf.columns == ["phrase", "party", "role"])
        #expect(crlf.rows.map(\.fields) == [["Bako", "azerbaijan-gov", "capital"]])
        #expect(crlf.rows.map(\.line) == [3])
        var lexicon = try Lexicon.bundled()
        try lexicon.add(crlf)
    }

    @Test func aCRLFFileNamesTheLineOfItsError() throws {
        #expect(throws: LexiconError(file: "mine.tsv", line: 2, message: "expected 3 tab-separated fields (phrase, party, role), found 2")) {
            try LexiconTable(file: "mine.tsv", text: "# columns: phrase\tparty\trole\r\nBako\tazerbaijan-gov\r\n")
        }
    }
}
