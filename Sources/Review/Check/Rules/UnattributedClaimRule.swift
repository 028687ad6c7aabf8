import ClaimEngine
import NewsText
import Reconciliation

/// **unattributed-claim** — the article's own voice asserts who attacked, or the losses.
///
///     Azerbaijani forces shelled Jermuk overnight.                                 flagged
///     Azerbaijani forces shelled Jermuk overnight, Armenia's defence ministry said. not flagged
///
/// Raised once per sentence by narrator claims (not an official outlet's own voice, which is
/// its party's claim) of kind attack with an aggressor, or casualties with a victim or a count.
/// A sentence whose only source is vague ("it is believed") is left to `vague-source`. The fix
/// names the party whose account the sentence repeats when another sentence of the article
/// attributes the same claim to it about the same incident: history the article recalls is no
/// source for its news.
package struct UnattributedClaimRule: CheckRule {
    package let id = CheckRuleID.unattributedClaim

    package init() {}

    package func flags(in article: ReviewedArticle) -> [Flag] {
        let facts = article.facts
        var flags: [Flag] = []
        for (index, claims) in article.claimsBySentence.enumerated() {
            let asserted = claims.filter(Self.isContestedAssertion)
            guard let first = asserted.first else { continue }
            let vague = article.vagueSources(inSentence: index).contains { article.voice(of: $0.tokens, inSentence: index).isOwn }
            guard !vague else { continue }
            let sentence = article.firstSentence + index
            let source = facts.accounts.firstAccount(agreeingWith: asserted, outside: sentence, incident: facts.incident(of:)).map {
                claim, sentence in
                Flag.AccountSource(phrase: Self.namingPhrase(claim, in: article.article), party: claim.party, sentence: sentence)
            }
            flags.append(Flag(sentence: first.sentence, problem: .unattributedClaim(asserted: asserted, source: source)))
        }
        return flags
    }

    /// A narrator claim on a point the belligerents contest.
    static func isContestedAssertion(_ claim: Claim) -> Bool {
        guard claim.party == .narrator, claim.mode == .unattributed else { return false }
        switch claim.kind {
        case .attack: return claim.aggressor != nil
        case .casualties: return claim.victim != nil || claim.count?.interval != nil
        case .territory, .ceasefire, .appeal: return false
        }
    }

    /// The speaker as the article names it ("Prime Minister Nikol Pashinyan"); nil when the
    /// article used a pronoun ("he") or an office alone ("the ministry"), so the party is named.
    static func namingPhrase(_ claim: Claim, in article: Article) -> String? {
        guard let speaker = claim.speaker(in: article), speaker.utf8.first.map({ $0 >= 65 && $0 <= 90 }) == true,
            speaker.utf8.contains(UInt8(ascii: " "))
        else { return nil }
        return speaker
    }
}
