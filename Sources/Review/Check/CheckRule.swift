/// A rule of the attribution check: reads one article and raises flags, each citing its
/// sentence with what the rule found there.
///
/// Rules are small named values in the manner of swift-format's: the id is stable (outputs,
/// summaries and `--strict` pipelines key on it); `Reports` words each rule's summary and its
/// flags' reasons and fixes.
package protocol CheckRule: Sendable {
    var id: CheckRuleID { get }
    /// The flags the article raises, in text order.
    func flags(in article: ReviewedArticle) -> [Flag]
}
