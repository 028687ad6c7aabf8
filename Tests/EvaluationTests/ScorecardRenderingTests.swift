import Evaluation
import Foundation
import Reports
import TestSupport
import Testing

/// The scorecard as a maintainer reads it (Markdown) and as the gate reads it (JSON).
struct ScorecardRenderingTests {
    @Test func markdownHasTheNumbersThenWhatToFix() throws {
        let markdown = ScorecardMarkdown.render(try ScorecardTests.scorecard())
        #expect(markdown.hasPrefix("# Evaluation scorecard\n\n2 labelled documents, 9 gold claims, 8 predicted claims, 7 matched.\n"))
        #expect(markdown.contains("| detection precision | 0.875 | predicted claims that match a gold claim |"))
        #expect(markdown.contains("| strict F1 | 0.588 |"))
        #expect(markdown.contains("| appeal | 3 | 2 | 3 | 2 | 0.667 | 0.667 | 0.667 |"))
        #expect(markdown.contains("| armenia-gov | 1 | 1 | 0 | 0 | – | 1.000 | – | 0.000 |"))
        let sections = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(
            sections == [
                "## Headline", "## Values on matched pairs", "## Per kind", "## Per party",
                "## Misses (2)", "## False positives (1)", "## Value errors (2)",
            ])
        #expect(
            markdown.contains(
                "| attack | azerbaijan-gov | The foreign ministers of Armenia and Azerbaijan met in Geneva | The foreign ministers of Armenia and Azerbaijan met in Geneva on Monday. |"))
        // The gold count is wrong on purpose (ScorecardTests): the row shows it against whatever was read.
        let countRow = markdown.split(separator: "\n").first { $0.hasPrefix("| casualties | other | count | 3…3 | ") }
        #expect(countRow?.hasSuffix(" | two Armenian civilians, a woman and a child, were killed |") == true)
        #expect(markdown.contains("| attack | armenia-gov | party | armenia-gov | narrator |"))
    }

    @Test func articleTextCannotInjectMarkup() throws {
        let article = CorpusFixture.article(
            "wire-x", ["Residents said <b>Azerbaijani drones</b> | [struck](http://example.org) houses in Sotk."])
        let corpus = CorpusFixture.corpus(articles: ["wire-x": article], labels: ["wire-x": CorpusFixture.labels("wire-x", [])])
        let markdown = ScorecardMarkdown.render(try CorpusFixture.scorecard(corpus))
        #expect(markdown.contains("## False positives (1)"))
        #expect(markdown.contains(#"Residents said &lt;b&gt;Azerbaijani drones&lt;/b&gt; \| \[struck\]\(http:<!-- -->//example.org\) houses in Sotk."#))
        #expect(!markdown.contains("<b>"))
        #expect(!markdown.contains("[struck]("))
    }

    @Test func jsonHasTheHeadlineScoresOfEverySlice() throws {
        let text = ScorecardJSON.render(try ScorecardTests.scorecard())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["documents"] as? Int == 2)
        #expect(object["gold"] as? Int == 9)
        let headline = try #require(object["headline"] as? [String: Any])
        #expect(Set(headline.keys) == Set(HeadlineScore.allCases.map(\.rawValue)))
        #expect(headline["detection-precision"] as? Double == 0.875)
        #expect(headline["strict-recall"] as? Double == 0.556)
        let kinds = try #require(object["kinds"] as? [String: Any])
        #expect(kinds.keys.sorted() == ["appeal", "attack", "casualties", "ceasefire", "territory"])
        let parties = try #require(object["parties"] as? [String: [String: Any]])
        // A party with no gold claims has no recall: null, not zero.
        let narrator = try #require(parties["narrator"]?["headline"] as? [String: Any])
        #expect(narrator["detection-recall"] is NSNull)
        #expect(narrator["detection-precision"] as? Double == 1)
        #expect(text.contains("\n  \"headline\":{\"detection-precision\":0.875,"))
    }

    @Test func sameCorpusSameBytes() throws {
        let first = try ScorecardTests.scorecard()
        let second = try ScorecardTests.scorecard()
        #expect(ScorecardJSON.render(first) == ScorecardJSON.render(second))
        #expect(ScorecardMarkdown.render(first) == ScorecardMarkdown.render(second))
    }
}
