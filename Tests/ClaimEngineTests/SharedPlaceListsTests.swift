import ClaimEngine
import TestSupport
import Testing

/// An article's claims share the lists of places they repeat (`SharedPlaceLists`).
struct SharedPlaceListsTests {
    /// The claims of two sentences naming the same place share one list of places.
    @Test func aPlaceNamedInTwoSentencesIsListedOnce() throws {
        let body = """
            Armenia's defence ministry said Azerbaijani forces shelled Sotk on Monday.

            Armenia's defence ministry said three soldiers were wounded near Sotk.
            """
        let claims = try ExtractionFixture.extractor().claims(in: ExtractionFixture.article(body))
        let lists = claims.map { $0.places.withUnsafeBufferPointer { $0.baseAddress } }
        #expect(claims.count >= 2 && claims.allSatisfy { $0.places.map(\.name) == ["Sotk"] })
        #expect(Set(lists).count == 1)
    }

    @Test func theStoredCopyIsReturnedForAnEqualList() {
        var lists = SharedPlaceLists()
        let places = [PlaceReference(name: "Nagorno-Karabakh", place: "nagorno-karabakh", leaning: .neutral)]
        let copy = [PlaceReference(name: "Nagorno-Karabakh", place: "nagorno-karabakh", leaning: .neutral)]
        let stored = lists.shared(places)
        let again = lists.shared(copy)
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
