/// One rule that reads an incident's claims and reports findings: a small named thing, like
/// a lint rule, so the reconciler is a list of rules and a new question is a new file.
package protocol FindingRule: Sendable {
    /// A stable name, shown when a reader asks which rule found something: "losses".
    var name: String { get }
    /// The findings about the incident's claims, in any order (the reconciler sorts them).
    func findings(in incident: Incident) -> [Finding]
}
