import NewsText
import Reports
import Review
import TestSupport
import Testing

/// The lint lines of the attribution check: where each flag's words start, and a message that
/// stays on one line whatever the quoted text holds.
struct CheckLintTests {
    /// Flags the words from `shelled` to the end of the next line as a vague source, whose
    /// reason quotes them: the shape of a message that quotes words wrapped across lines.
    struct QuotingRule: CheckRule {
        var id: CheckRuleID { .vagueSource }

        func flags(in article: ReviewedArticle) -> [Flag] {
            guard let sentence = article.sentences.first else { return [] }
            let body = article.article.body
            let start = body.firstRange(of: Array("shelled".utf8))?.lowerBound ?? 0
            let end = body.firstRange(of: Array("overnight".utf8))?.upperBound ?? body.count
            let words = article.text(ByteRange(start, end))
            return [
                Flag(sentence: sentence.range, evidence: ByteRange(start, end), problem: .vagueSource(phrase: words))
            ]
        }
    }

    @Test func aQuoteWithALineBreakAndATabStaysOnOneLine() throws {
        let reviewed = try ReviewFixture.reviewed("Azerbaijani artillery shelled\r\n\tJermuk overnight.\n")
        let lint = CheckLint.render(AttributionCheck(reviewed, rules: [QuotingRule()]))
        #expect(
            lint
                == "test.md:1:23: vague-source: the claim rests on 'shelled Jermuk overnight', which does not say who makes it"
                + " (fix: name the source and how they know, or say why it cannot be named)\n"
        )
    }

    @Test func columnsCountScalarsNotBytes() throws {
        let reviewed = try ReviewFixture.reviewed("Şuşa, Xankəndi — Azerbaijani artillery shelled Jermuk overnight.\n")
        let lint = CheckLint.render(AttributionCheck(reviewed, rules: [QuotingRule()]))
        #expect(lint.hasPrefix("test.md:1:40: vague-source: "))
    }

    @Test func everyRuleIdIsLowerCaseWithHyphens() {
        for rule in CheckRules.all {
            #expect(
                rule.id.rawValue.utf8.allSatisfy { $0 == UInt8(ascii: "-") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }, "\(rule.id)")
        }
    }
}
