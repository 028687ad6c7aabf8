/// A rule of the attribution check: reads one article and raises flags, each citing its
/// sentence with a reason and a suggested fix.
///
/// Rules are small named values in the manner of swift-format's: the id is stable (outputs,
/// summaries and `--strict` pipelines key on it), and the wording of every message lives in
/// the rule's own file.
package protocol CheckRule: Sendable {
    /// The stable id: `unattributed-claim`.
    var id: String { get }
    /// What the rule looks for, one line, for the summary.
    var summary: String { get }
    /// The flags the article raises, in text order.
    func flags(in article: ReviewedArticle) -> [Flag]
}
