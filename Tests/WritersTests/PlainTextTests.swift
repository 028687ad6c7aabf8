import Testing
import Writers

/// Quoted text in a one-line plain output: as written, but never two lines, a terminal
/// escape or text shown in another order than stored.
struct PlainTextTests {
    @Test(arguments: [
        ("Baku | Yerevan said (1) <b>", "Baku | Yerevan said (1) <b>"),
        ("the ministry said\n\"49 soldiers\"", "the ministry said \"49 soldiers\""),
        ("wrapped  \r\n   at 64 columns", "wrapped at 64 columns"),
        ("tab\tseparated", "tab separated"),
        ("  \n leading and trailing \t\n", "leading and trailing"),
        ("clear\u{1B}[2Jscreen", "clear [2Jscreen"),
        ("next\u{85}line and\u{2028}separator\u{2029}too", "next line and separator too"),
        ("killed \u{202E}05\u{202C} soldiers\u{200F}", "killed 05 soldiers"),
        ("Xankəndi — Şuşa", "Xankəndi — Şuşa"),
        ("", ""),
    ])
    func oneLine(text: String, expected: String) {
        #expect(PlainText.line(text) == expected)
    }
}
