import Lexicons
import NewsText

extension AttributionPass {
    /// A sentence with no source of its own that goes on with the account the sentence before
    /// it gave (CONVENTIONS, "plainly continues a named source's account"): "Armenia's
    /// defence ministry said the situation was tense. The Azerbaijani side is continuing its
    /// shelling." Only in the same paragraph, right after, and in the present tense of an
    /// ongoing report — the writer's own background is told in the past.
    mutating func continuedAccount(ofSentence index: Int, _ found: SentenceMentions) -> Statement? {
        // An official text's own voice is the body's; a denial is the writer's own.
        guard outletVoice == nil, let account = lastAccount, account.sentence == index - 1,
            !found.sentence.tokens.contains(where: { FunctionWords.not.contains(tokens[$0].key) }),
            document.sentences[index - 1].paragraph == found.sentence.paragraph,
            found.sentence.tokens.contains(where: { FunctionWords.presentTense.contains(tokens[$0].key) }),
            !found.triggers.isEmpty
        else { return nil }
        lastAccount = (index, account.speaker)
        return Statement(
            speaker: account.speaker, mode: .indirect, verb: nil, content: [found.sentence.tokens], rule: .continuedAccount)
    }
}
