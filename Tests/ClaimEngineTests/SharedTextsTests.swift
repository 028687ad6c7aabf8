import ClaimEngine
import TestSupport
import Testing

/// An article's claims share the texts they repeat (`SharedTexts`).
struct SharedTextsTests {
    private func storage(_ text: String?) -> UnsafeRawPointer? {
        text?.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
    }

    @Test func aSpeakerNamedInTwoSentencesIsStoredOnce() throws {
        let body = """
            Armenia's defence ministry said Azerbaijani forces shelled Sotk on Monday.

            Armenia's defence ministry said three soldiers were wounded in Nagorno-Karabakh.
            """
        let claims = try ExtractionFixture.extractor().claims(in: ExtractionFixture.article(body))
        let speakers = claims.filter { $0.sentence.start > 0 }.map(\.speaker)
        #expect(claims.count >= 2 && speakers.count >= 1)
        #expect(claims.first?.speaker == "Armenia's defence ministry")
        #expect(speakers.allSatisfy { storage($0) == storage(claims.first?.speaker) })
    }

    @Test func theStoredCopyIsReturnedForAnEqualText() {
        var texts = SharedTexts()
        let first = texts.shared(String(repeating: "ministry ", count: 4))
        let second = texts.shared(String(repeating: "ministry ", count: 4))
        #expect(second == first)
        #expect(storage(second) == storage(first))
        let places = [PlaceReference(name: "Nagorno-Karabakh", place: "nagorno-karabakh", leaning: .neutral)]
        let copy = [PlaceReference(name: "Nagorno-Karabakh", place: "nagorno-karabakh", leaning: .neutral)]
        let stored = texts.shared(places)
        let again = texts.shared(copy)
        #expect(again.withUnsafeBufferPointer { $0.baseAddress } == stored.withUnsafeBufferPointer { $0.baseAddress })
    }

    /// A list that names each place once is kept as it is, its storage shared; one that
    /// names a place twice keeps each place once, by its first name.
    @Test func distinctPlacesShareAListWithNoRepeat() {
        let stepanakert = PlaceReference(name: "Stepanakert", place: "stepanakert-khankendi", leaning: .armenian)
        let khankendi = PlaceReference(name: "Khankendi", place: "stepanakert-khankendi", leaning: .azerbaijani)
        let jermuk = PlaceReference(name: "Jermuk", place: "jermuk", leaning: .neutral)
        let distinct = [stepanakert, jermuk]
        #expect(distinct.distinctPlaces.withUnsafeBufferPointer { $0.baseAddress } == distinct.withUnsafeBufferPointer { $0.baseAddress })
        #expect([stepanakert, khankendi, jermuk].distinctPlaces == [stepanakert, jermuk])
    }
}
