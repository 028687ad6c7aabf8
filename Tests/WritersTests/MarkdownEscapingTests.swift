import Testing
import Writers

/// Hostile quoted text renders as plain text on one line: it cannot end a table cell, start
/// a heading or list, open a link or autolink, or inject HTML, code, emphasis or math.
/// (Each expected output was also rendered with GitHub's cmark-gfm to check it stays text.)
struct MarkdownEscapingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let hostile: String
        let escaped: String
        var testDescription: String { hostile }

        init(_ hostile: String, _ escaped: String) {
            self.hostile = hostile
            self.escaped = escaped
        }
    }

    static let cases: [Case] = [
        Case("Baku | Yerevan", #"Baku \| Yerevan"#),
        Case("run `rm -rf /` now", #"run \`rm -rf /\` now"#),
        Case("<script>alert(1)</script>", #"&lt;script&gt;alert\(1\)&lt;/script&gt;"#),
        Case("[x](javascript:alert(1))", #"\[x\]\(javascript:alert\(1\)\)"#),
        Case("![img](http://evil.example/a.png)", #"\!\[img\]\(http:<!-- -->//evil.example/a.png\)"#),
        Case("# Breaking news", ##"\# Breaking news"##),
        Case("first line\nsecond line\r\nthird", "first line second line  third"),
        Case("  \tindented like code  ", "indented like code"),
        Case("*bold* and _italic_ and ~~struck~~", #"\*bold\* and \_italic\_ and \~\~struck\~\~"#),
        Case("AT&T &lt;b&gt;", "AT&amp;T &amp;lt;b&amp;gt;"),
        Case("> not a quote", "&gt; not a quote"),
        Case("- not a list", #"\- not a list"#),
        Case("1994. Not a list", #"1994\. Not a list"#),
        Case("=== not a heading", #"\=== not a heading"#),
        Case("costs $5 and $6", #"costs \$5 and \$6"#),
        Case("see https://evil.example/x", "see https:<!-- -->//evil.example/x"),
        Case("visit www.evil.example", "visit www<!-- -->.evil.example"),
        Case("write to press@mod.example", "write to press@<!-- -->mod.example"),
        Case("Stepanyan (@ShStepanyan) wrote", #"Stepanyan \(@ShStepanyan\) wrote"#),
        Case(#"back\slash"#, #"back\\slash"#),
        // Bidirectional controls would show "50" for the stored "05": text renders in stored order.
        Case("killing \u{202E}05\u{202C} civilians", "killing 05 civilians"),
        Case("\u{2067}Baku\u{2069} \u{200F}said\u{200E}\u{061C}", "Baku said"),
        Case(
            "Armenia’s defence ministry said 49 soldiers had been killed at 08:10.",
            "Armenia’s defence ministry said 49 soldiers had been killed at 08:10."),
    ]

    @Test(arguments: cases) func hostileTextIsEscaped(_ example: Case) {
        #expect(Markdown.inline(example.hostile) == example.escaped)
        #expect(Markdown.cell(example.hostile) == example.escaped)
        #expect(Markdown.blockquote(example.hostile) == "> " + example.escaped)
    }

    @Test(arguments: cases) func escapedTextStaysOnOneLineAndInOneCell(_ example: Case) {
        let escaped = Markdown.cell(example.hostile)
        #expect(!escaped.contains("\n") && !escaped.contains("\r"))
        // Every `|` left is escaped, so the row keeps its cells.
        let bytes = Array(escaped.utf8)
        for index in bytes.indices where bytes[index] == UInt8(ascii: "|") {
            #expect(index > 0 && bytes[index - 1] == UInt8(ascii: "\\"))
        }
        #expect(!escaped.contains("<script"))
    }
}
