/// The stable id of each check rule, as outputs, summaries and `--strict` pipelines key on
/// it; in the order the summary lists the rules.
package enum CheckRuleID: String, CaseIterable, Sendable, CustomStringConvertible {
    case unattributedClaim = "unattributed-claim"
    case attributionVerb = "attribution-verb"
    case oneSidedSourcing = "one-sided-sourcing"
    case vagueSource = "vague-source"
    case loadedTerm = "loaded-term"
    case contestedName = "contested-name"

    package var description: String { rawValue }
}
