import Lexicons

/// The figures of one outlet in the bias report, and the leaning they add up to.
package struct OutletBias: Sendable {
    package let outlet: String
    /// Its article ids, in name order.
    package let articles: [String]
    /// The party its own voice speaks for when it is an official source (a ministry).
    package let official: Party?
    /// The side whose state owns the outlet (`state-media.tsv`).
    package let owner: Belligerent?
    package let voice: VoiceShare
    package let narrator: NarratorTally
    /// The reporting verbs of every attributed statement it prints.
    package let verbs: VerbUsage
    package let language: LanguageTally
    package let omissions: Omissions
    package let verdict: LeaningVerdict
    /// Each of its articles read alone, in id order.
    package let articleBiases: [ArticleBias]
}
