import Testing
import TestSupport

extension SentenceCase: CustomTestStringConvertible {}

/// The shipped extractor yields exactly the case's claims, in order.
func check(_ example: SentenceCase) throws {
    #expect(try ExtractionFixture.summaries(example.text) == example.expected)
}
