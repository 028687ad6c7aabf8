/// The rules of `counterclaim check`, in the order the summary lists them.
package enum CheckRules {
    package static let all: [any CheckRule] = [
        UnattributedClaimRule(), AttributionVerbRule(), OneSidedSourcingRule(), VagueSourceRule(), LoadedTermRule(),
        ContestedNameRule(),
    ]
}
