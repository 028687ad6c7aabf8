import ClaimEngine
import ClaimReports

/// The attribution check for an editor: the flag counts first, then each flagged sentence
/// quoted exactly with its attribution and flags, then the attributions of the rest.
///
/// Article text is only ever written through `Markdown.cell` (in tables) or
/// `QuotedSentence` (block quotes), so a hostile sentence cannot break the page.
package enum CheckMarkdown {
    /// `source` names the file in the page when it should not be the path the user typed
    /// (a report shows the same name on every machine).
    package static func render(_ check: AttributionCheck, source: String? = nil) -> String {
        let article = check.article
        var lines = ["# Attribution check: \(Markdown.cell(article.id))", ""]
        let outlet = article.isDraft ? "no outlet (a draft)" : Markdown.cell(article.outlet)
        let published = article.published?.description ?? "(no date)"
        lines.append("\(outlet), published \(published), read from \(Markdown.cell(source ?? article.source))")
        lines += ["", "## Summary", "", "| flag | count | what it looks for |", "|---|---|---|"]
        for count in check.counts {
            lines.append("| \(count.rule) | \(count.count) | \(Markdown.cell(count.summary)) |")
        }
        lines.append("| **all flags** | \(check.flagCount) | |")
        let flagged = check.flaggedSentences
        lines += [
            "", "\(check.sentences.count { !$0.attributions.isEmpty }) sentences carry a claim; \(flagged.count) sentences raise a flag.",
            "",
        ]

        if !flagged.isEmpty { lines += ["## Flagged sentences", ""] }
        for sentence in flagged {
            lines += ["### Sentence \(sentence.number), line \(sentence.line)", "", QuotedSentence.markdown(sentence.text), ""]
            lines.append("Attributed to: \(attributions(sentence))")
            lines += ["", "| flag | words | reason | suggested fix |", "|---|---|---|---|"]
            for flag in sentence.flags {
                let words = flag.evidence == flag.sentence ? "(the sentence)" : Markdown.cell(article.text(flag.evidence))
                lines.append("| \(flag.rule) | \(words) | \(Markdown.cell(flag.reason)) | \(Markdown.cell(flag.suggestion)) |")
            }
            lines.append("")
        }

        let clean = check.sentences.filter { $0.flags.isEmpty }
        if !clean.isEmpty {
            lines += ["## Sentences without flags", "", "| sentence | line | attributed to | text |", "|---|---|---|---|"]
            for sentence in clean {
                lines.append("| \(sentence.number) | \(sentence.line) | \(attributions(sentence)) | \(Markdown.cell(sentence.text)) |")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private static func attributions(_ sentence: CheckedSentence) -> String {
        guard !sentence.attributions.isEmpty else { return "no claim" }
        return sentence.attributions.map { attribution in
            Markdown.cell(attribution.summary) + " — " + attribution.kinds.map(\.rawValue).joined(separator: ", ")
        }.joined(separator: "; ")
    }
}
