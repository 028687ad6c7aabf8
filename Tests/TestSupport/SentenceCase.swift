/// A sentence and the claim summaries it must yield, for `@Test(arguments:)` tables.
package struct SentenceCase: Sendable {
    package let text: String
    package let expected: [String]
    package var testDescription: String { text }

    package init(_ text: String, _ expected: [String]) {
        self.text = text
        self.expected = expected
    }
}
