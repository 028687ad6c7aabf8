import Review
import Writers

/// The attribution check for an editor: the flag counts first, then each flagged sentence
/// quoted exactly with its attribution and flags, then the attributions of the rest.
///
/// Article text in tables is always written through `Markdown.cell`, so a hostile sentence
/// cannot break a table. Outside tables it depends on who reads the page (`Audience`).
package enum CheckMarkdown {
    /// Who reads the text outside tables.
    package enum Audience: Sendable {
        /// A page a Markdown renderer shows (a report on GitHub): every quoted text is escaped
        /// (`Markdown.inline`, `QuotedSentence`), so it cannot inject HTML, links or headings.
        case renderer
        /// A person at a terminal: quoted text reads as written, `(1)` not `\(1\)`, and is only
        /// kept on its line (`PlainText.line`); tables are escaped all the same.
        case terminal

        /// Quoted text as one line of this audience's page, outside tables.
        func line(_ text: String) -> String {
            switch self {
            case .renderer: Markdown.inline(text)
            case .terminal: PlainText.line(text)
            }
        }

        /// A sentence quoted as a block quote of this audience's page.
        func blockquote(_ text: String) -> String {
            switch self {
            case .renderer: QuotedSentence.markdown(text)
            case .terminal: "> " + PlainText.line(text)
            }
        }
    }

    /// `source` names the file in the page when it should not be the path the user typed
    /// (a report shows the same name on every machine).
    package static func render(_ check: AttributionCheck, source: String? = nil, for audience: Audience = .renderer) -> String {
        var lines: [String] = []
        write(check, source: source, for: audience, to: &lines)
        return lines.joinedAsLines()
    }

    /// The page's lines as they are made: the sentences of a long article are read again a
    /// section at a time for the flagged ones, then for the rest, and never held whole.
    package static func write(
        _ check: AttributionCheck, source: String? = nil, for audience: Audience = .renderer, to lines: inout some LineSink
    ) {
        let article = check.article
        lines.lines(["# Attribution check: \(audience.line(article.id))", ""])
        let outlet = article.isDraft ? "no outlet (a draft)" : audience.line(article.outlet)
        let published = article.published?.description ?? "(no date)"
        lines.line("\(outlet), published \(published), read from \(audience.line(source ?? article.source))")
        lines.lines(["", "## Summary", "", "| flag | count | what it looks for |", "|---|---|---|"])
        for count in check.counts {
            lines.line("| \(count.rule) | \(count.count) | \(Markdown.cell(count.rule.summary)) |")
        }
        lines.line("| **all flags** | \(check.flagCount) | |")
        lines.lines([
            "",
            "\(Wording.counted(check.claimSentenceCount, "sentence")) \(check.claimSentenceCount == 1 ? "carries" : "carry") a claim;"
                + " \(Wording.counted(check.flaggedSentenceCount, "sentence")) \(check.flaggedSentenceCount == 1 ? "raises" : "raise") a flag.",
            "",
        ])

        if check.flaggedSentenceCount > 0 { lines.lines(["## Flagged sentences", ""]) }
        check.forEachSentence { sentence in
            guard !sentence.flags.isEmpty else { return }
            lines.lines(["### Sentence \(sentence.number), line \(sentence.line)", "", audience.blockquote(sentence.text), ""])
            lines.line("Attributed to: \(attributions(sentence, audience.line))")
            lines.lines(["", "| flag | words | reason | suggested fix |", "|---|---|---|---|"])
            for flag in sentence.flags {
                let words = flag.evidence == flag.sentence ? "(the sentence)" : Markdown.cell(article.text(flag.evidence))
                lines.line("| \(flag.rule) | \(words) | \(Markdown.cell(flag.reason)) | \(Markdown.cell(flag.suggestion)) |")
            }
            lines.line("")
        }

        if check.sentenceCount > check.flaggedSentenceCount {
            lines.lines(["## Sentences without flags", "", "| sentence | line | attributed to | text |", "|---|---|---|---|"])
            check.forEachSentence { sentence in
                guard sentence.flags.isEmpty else { return }
                let attributed = attributions(sentence, Markdown.cell)
                lines.line("| \(sentence.number) | \(sentence.line) | \(attributed) | \(Markdown.cell(sentence.text)) |")
            }
            lines.line("")
        }
    }

    private static func attributions(_ sentence: CheckedSentence, _ text: (String) -> String) -> String {
        guard !sentence.attributions.isEmpty else { return "no claim" }
        return sentence.attributions.map { attribution in
            text(attribution.summary) + " — " + attribution.kinds.map(\.rawValue).joined(separator: ", ")
        }.joined(separator: "; ")
    }
}
