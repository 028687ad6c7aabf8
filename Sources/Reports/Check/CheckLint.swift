import NewsText
import Review
import Writers

/// The attribution check as compilers and linters write their findings, one line per flag, so
/// an editor jumps to the words and CI annotates the line:
///
///     draft.txt:2:18: unattributed-claim: the article's own voice asserts that Azerbaijan attacked, which the parties contest (fix: attribute it: "according to …", naming who says so; …)
///
/// `PATH:LINE:COL: RULE: message (fix: suggestion)`, in text order. PATH is the article's
/// source as the user named it (`-` for standard input), LINE and COL the 1-based start of the
/// words the flag is about (`SourcePosition`: COL counts Unicode scalars). The path, message
/// and fix go through `PlainText.line`, so a line break or tab in the quoted text, or in a
/// path, cannot split a finding in two.
package enum CheckLint {
    package static func render(_ check: AttributionCheck) -> String {
        var output = ""
        write(check, to: &output)
        return output
    }

    /// The findings written out sentence by sentence.
    package static func write(_ check: AttributionCheck, to output: inout some TextOutputStream) {
        let path = PlainText.line(check.article.source)
        var places = SourcePosition.Walker(check.article)
        check.forEachSentence { sentence in
            for flag in sentence.flags {
                let position = places.position(ofBodyOffset: flag.evidence.start)
                output.write("\(path):\(position): \(flag.rule): \(PlainText.line(flag.reason)) (fix: \(PlainText.line(flag.suggestion)))\n")
            }
        }
    }
}
