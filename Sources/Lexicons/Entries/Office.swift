/// A noun for an institution or role (`offices.tsv`): `defence ministry	defence	ministry`.
///
/// Next to a state it refines the party; alone ("the ministry said", "he added") it refers
/// back to the latest speaker of a compatible role.
package struct Office: LexiconEntry, Equatable {
    /// `unspecified`: "the ministry in Yerevan" names no branch; the article's earlier
    /// speakers decide which ministry it is.
    package enum Branch: String, CaseIterable, Sendable { case defence, government, unspecified }
    package enum Role: String, CaseIterable, Sendable { case ministry, person, body, statement }

    package static let columns = ["phrase", "branch", "role"]
    package static let allowsSeveralPerPhrase = false

    package let branch: Branch
    package let role: Role

    package init(fields: ArraySlice<String>) throws(LexiconValueError) {
        let values = Array(fields)
        branch = try LexiconValueError.read("branch", values[0], as: Branch.self)
        role = try LexiconValueError.read("role", values[1], as: Role.self)
    }
}
