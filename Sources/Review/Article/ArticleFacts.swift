import ClaimEngine
import Lexicons
import NewsText
import Reconciliation

/// What the rules read across the whole article, however it is read — whole, or one section
/// (`ArticleSection`) at a time: the incident of each claim, whom it quotes on what, the
/// reporting verbs of each side, and where each contested name is first left unpaired.
///
/// A long article is read once to gather these (`Builder`), then again a section at a time
/// with them, so a rule flags a section exactly as it would flag the whole article.
package struct ArticleFacts: Sendable {
    /// Every claim of the article, in text order.
    package let claims: [Claim]
    /// The incident of each claim that is news: what the reconciler makes of this article's
    /// claims alone. A draft's news claims are one incident; a claim that recalls history
    /// ("In April 2016 …") is in none, so it is no source for today's news.
    private let claimIncidents: ClaimIncidents
    /// The article's id, by which `claimIncidents` knows its claims.
    private let document: String
    /// The article's attributed claims by what they say.
    let accounts: AccountIndex
    package let sourcing: Sourcing
    /// Every reporting verb the article gives a party.
    package let verbs: VerbUsage
    /// The verbs the article gives each side's parties.
    let verbsBySide: [Belligerent: VerbUsage]
    /// For each contested place, its first name in the article's own voice while the article
    /// has not named it another way, and how many such names it has.
    let unpairedNames: [String: (first: ByteRange, count: Int)]

    /// The position, among the article's own incidents, of the one that holds the claim; nil
    /// for a claim that recalls history.
    package func incident(of claim: Claim) -> Int? { claimIncidents.position(of: claim, in: document) }

    /// Gathers the facts from an article's sections, read in order.
    struct Builder {
        private var article: Article?
        private var claims: [Claim] = []
        private var accounts = AccountIndex()
        private var sourcing = Sourcing()
        private var verbs: [VerbUsage] = []
        private var unpairedNames: [String: (first: ByteRange, count: Int)] = [:]

        mutating func add(_ section: SectionReading) {
            article = section.article
            // A whole article's claims are the analysis's own list, shared rather than copied:
            // the bias evidence keeps it for the whole run.
            if claims.isEmpty { claims = section.analysis.claims } else { claims += section.analysis.claims }
            accounts.add(section)
            sourcing.add(section)
            verbs.append(VerbUsage(section))
            for use in section.language where !use.isQuoted && !use.paired {
                guard case .place(let place, _, _) = use.kind else { continue }
                unpairedNames[place, default: (use.range, 0)].count += 1
            }
        }

        func facts(grouper: IncidentGrouper) -> ArticleFacts {
            let incidents = article.map {
                grouper.group([ArticleClaims(article: $0, claims: claims, sentences: .nothing)]).incidents
            } ?? []
            let verbs = VerbUsage(combining: verbs)
            return ArticleFacts(
                claims: claims.heldExactly(), claimIncidents: ClaimIncidents(incidents), document: article?.id ?? "", accounts: accounts, sourcing: sourcing, verbs: verbs,
                verbsBySide: Dictionary(uniqueKeysWithValues: Belligerent.allCases.map { ($0, verbs.side($0)) }),
                unpairedNames: unpairedNames)
        }
    }
}

/// An article's attributed claims by what they say (`Accounts.key`), in sentence order: where
/// the check finds whose account a sentence in the article's own voice repeats.
struct AccountIndex: Sendable {
    private var byKey: [Accounts.Key: [(sentence: Int, claim: Claim)]] = [:]

    mutating func add(_ section: SectionReading) {
        for (index, claims) in section.claimsBySentence.enumerated() {
            for claim in claims where claim.party != .narrator {
                if let key = Accounts.key(claim) { byKey[key, default: []].append((section.firstSentence + index, claim)) }
            }
        }
    }

    /// The first sentence of the article other than `index` that attributes one of
    /// `asserted` to a source about the same incident, and its claim: a named party's account
    /// first, "another source" only when nothing better in that sentence repeats it.
    func firstAccount(agreeingWith asserted: [Claim], outside index: Int, incident: (Claim) -> Int?) -> (Claim, Int)? {
        var best: (sentence: Int, claim: Claim, named: Bool)?
        for claim in asserted {
            guard let key = Accounts.key(claim), let candidates = byKey[key] else { continue }
            for candidate in candidates {
                if let best, candidate.sentence > best.sentence { break }
                guard candidate.sentence != index, incident(claim) == incident(candidate.claim),
                    Accounts.agree(claim, candidate.claim)
                else { continue }
                let named = candidate.claim.party != .other
                // The earliest sentence; in it a named party, then the claim written first.
                let better = best.map { best in
                    (candidate.sentence, named ? 0 : 1, candidate.claim.number) < (best.sentence, best.named ? 0 : 1, best.claim.number)
                } ?? true
                if better { best = (candidate.sentence, candidate.claim, named) }
                if named { break }
            }
        }
        return best.map { ($0.claim, $0.sentence) }
    }
}
