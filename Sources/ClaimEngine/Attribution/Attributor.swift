import Lexicons
import NewsText

/// The attribute stage: decides, sentence by sentence, who says what.
///
/// - indirect speech: `Armenia's defence ministry said Azerbaijani forces shelled Jermuk.`,
///   `…, the ministry said.`, `…, said Peskov.`, `according to X, …`, `X, citing Y, …`;
/// - direct quotes, including those that run over several sentences, tagged before
///   (`Peskov said: "…"`), after (`"…," the ministry said`) or by a post's signature line;
/// - transcript labels (`Mao Ning: China calls on …`);
/// - several speakers in one sentence (`X claims A, while Y insists B`);
/// - nested speech (`a journalist wrote that the ministry claims …`): the innermost speaker
///   owns the words;
/// - sentences with none of these: the narrator's own voice.
package struct Attributor: Sendable {
    package let resolver = SpeakerResolver()

    package init() {}

    /// The statements of every sentence of a document, in sentence order. In an official
    /// outlet's text (`outletVoice`), "the Secretary-General" or "he" with no one named
    /// before is the outlet's own party.
    package func statements(
        in document: Document, mentions: [SentenceMentions], forms: [WordForm], quotes: QuoteRegions, outletVoice: Party? = nil
    ) -> [[Statement]] {
        var history = SpeakerHistory(outletVoice: outletVoice)
        return statements(in: document, mentions: mentions, forms: forms, quotes: quotes, outletVoice: outletVoice, history: &history)
    }

    /// The statements of one section of an article (`ArticleSection`), `history` holding the
    /// speakers of the sections before it and, after, those of this one too.
    package func statements(
        in document: Document, mentions: [SentenceMentions], forms: [WordForm], quotes: QuoteRegions, outletVoice: Party?,
        history: inout SpeakerHistory
    ) -> [[Statement]] {
        var pass = AttributionPass(
            document: document, mentions: mentions, forms: forms, quotes: quotes, resolver: resolver, outletVoice: outletVoice,
            history: history)
        let statements = pass.run()
        history = pass.history
        return statements
    }
}
