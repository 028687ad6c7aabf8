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
        let flags = check.sentences.flatMap(\.flags)
        let positions = SourcePosition.of(bodyOffsets: flags.map(\.evidence.start), in: check.article)
        let path = PlainText.line(check.article.source)
        var output = ""
        for (flag, position) in zip(flags, positions) {
            output += "\(path):\(position): \(flag.rule): \(PlainText.line(flag.reason)) (fix: \(PlainText.line(flag.suggestion)))\n"
        }
        return output
    }
}
