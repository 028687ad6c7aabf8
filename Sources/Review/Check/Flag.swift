import NewsText

/// One thing an editor should look at: which rule raised it, on which sentence and words,
/// why, and what to write instead.
package struct Flag: Sendable, Equatable {
    /// The rule's stable id: `attribution-verb`.
    package let rule: String
    /// The sentence that raises the flag.
    package let sentence: ByteRange
    /// The words the flag is about (the verb, the term, the name), or the sentence itself.
    package let evidence: ByteRange
    /// One line: what is wrong ("'claimed' casts doubt on Azerbaijan's account …").
    package let reason: String
    /// One line: what to write instead.
    package let suggestion: String

    package init(rule: String, sentence: ByteRange, evidence: ByteRange? = nil, reason: String, suggestion: String) {
        self.rule = rule
        self.sentence = sentence
        self.evidence = evidence ?? sentence
        self.reason = reason
        self.suggestion = suggestion
    }
}
