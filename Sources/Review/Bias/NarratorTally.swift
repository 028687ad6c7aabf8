import ClaimEngine
import Lexicons

/// An outlet's claims in its own voice and whose account each adopts.
package struct NarratorTally: Sendable {
    package struct Entry: Sendable {
        package let claim: Claim
        /// The id of the claim's article.
        package let document: String
        /// The side whose account the claim adopts; nil when it takes no side the figures can tell.
        package let account: Belligerent?
    }

    package private(set) var entries: [Entry] = []

    package init() {}

    package mutating func add(_ claim: Claim, of document: String, account: Belligerent?) {
        entries.append(Entry(claim: claim, document: document, account: account))
    }

    /// Adds another tally's entries after these (an outlet's articles, one after another).
    package mutating func append(_ other: NarratorTally) {
        entries += other.entries
    }

    package func adopting(_ side: Belligerent) -> Int { entries.count { $0.account == side } }

    /// Claims that adopt either side's account.
    package var decided: Int { entries.count { $0.account != nil } }
}
