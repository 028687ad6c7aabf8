import ClaimEngine
import Lexicons
import NewsText

/// One thing an editor should look at: which rule raised it, on which sentence and words, and
/// what the rule found there. `Reports` words the reason and the fix from `problem`.
package struct Flag: Sendable {
    /// The sentence that raises the flag.
    package let sentence: ByteRange
    /// The words the flag is about (the verb, the term, the name), or the sentence itself.
    package let evidence: ByteRange
    /// What the rule found, with the facts a reason and a fix are written from.
    package let problem: Problem

    package init(sentence: ByteRange, evidence: ByteRange? = nil, problem: Problem) {
        self.sentence = sentence
        self.evidence = evidence ?? sentence
        self.problem = problem
    }

    /// The rule that raised the flag.
    package var rule: CheckRuleID { problem.rule }

    /// What each rule finds, one case per rule.
    package enum Problem: Sendable {
        /// The article's own voice asserts these contested claims; `source` is the first other
        /// sentence that attributes one of them to someone, when there is one.
        case unattributedClaim(asserted: [Claim], source: AccountSource?)
        /// A verb of doubt or credence for a party's account, and how the other side's
        /// statements are reported.
        case attributionVerb(verb: String, stance: ReportingVerb.Stance, party: Party, comparison: VerbComparison?)
        /// Only `quoted` is quoted on these points, in these sentences (1-based).
        case oneSidedSourcing(quoted: Belligerent, points: [ClaimKind], sentences: [Int])
        /// A claim rests on this unnamed source, as written.
        case vagueSource(phrase: String)
        /// A loaded word as written, its agent when it has one, the framing it carries, the
        /// party it paraphrases (nil in the article's own voice), and the neutral wording.
        case loadedTerm(term: String, agent: Belligerent?, leaning: WordLeaning, paraphrasing: Party?, neutral: String)
        /// A place name one side uses, its rival names, how often the article uses it, and the
        /// pair to write at first mention.
        case contestedName(name: String, leaning: WordLeaning, rivals: [String], uses: Int, pair: String)

        package var rule: CheckRuleID {
            switch self {
            case .unattributedClaim: .unattributedClaim
            case .attributionVerb: .attributionVerb
            case .oneSidedSourcing: .oneSidedSourcing
            case .vagueSource: .vagueSource
            case .loadedTerm: .loadedTerm
            case .contestedName: .contestedName
            }
        }
    }

    /// Where the article attributes an asserted claim: the speaker phrase when it names someone
    /// ("Prime Minister Nikol Pashinyan"; nil for a pronoun or an office alone), the party, and
    /// the sentence (0-based).
    package struct AccountSource: Sendable, Equatable {
        package let phrase: String?
        package let party: Party
        package let sentence: Int
    }

    /// How an article reports the other side's statements, beside one side's verb of doubt
    /// or credence.
    package enum VerbComparison: Sendable, Equatable {
        /// The other side's statements get such verbs too: these.
        case bothSides(other: Belligerent, verbs: [VerbUsage.Count])
        /// The other side's statements get only these others: the treatment is uneven.
        case uneven(other: Belligerent, verbs: [VerbUsage.Count])
    }
}
