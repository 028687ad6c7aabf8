import NewsText
import Testing

/// The word-list tables under the extractor: every key added is found with its number, no
/// other key is, and growing the table loses nothing.
struct TokenKeyIndexTests {
    private let words = (0..<3000).map { TokenKey("word\($0)") }

    @Test func everyKeyAddedKeepsItsNumberThroughGrowth() {
        var index = TokenKeyIndex()
        for (number, key) in words.enumerated() {
            #expect(index.add(key) == (number: number, inserted: true))
        }
        #expect(index.count == words.count)
        #expect(words.enumerated().allSatisfy { index.number(of: $0.element) == $0.offset })
        #expect(index.add(words[7]) == (number: 7, inserted: false))
        #expect(index.number(of: TokenKey("word3000")) == nil)
        #expect(index.orderedKeys == words)
    }

    @Test func aKeyOfRawValueZeroIsAKeyLikeAnyOther() {
        var index = TokenKeyIndex()
        #expect(index.number(of: TokenKey(rawValue: 0)) == nil)
        _ = index.add(TokenKey("Baku"))
        _ = index.add(TokenKey(rawValue: 0))
        #expect(index.number(of: TokenKey(rawValue: 0)) == 1)
    }

    @Test func aSetAnswersMembershipAndKeepsTheOrderOfAdding() {
        let set = TokenKeySet(["Goris", "Jermuk", "goris"].map(TokenKey.init))
        #expect(set.count == 2)  // keys fold case
        #expect(set.contains(TokenKey("JERMUK")))
        #expect(!set.contains(TokenKey("Sotk")))
        #expect(Array(set) == [TokenKey("Goris"), TokenKey("Jermuk")])
        let union = set.union([TokenKey("Sotk"), TokenKey("Goris")])
        #expect(union.count == 3 && union.contains(TokenKey("Sotk")))
        #expect(union == TokenKeySet(["Sotk", "Jermuk", "Goris"].map(TokenKey.init)))
        #expect(union != set)
    }

    @Test func numbersAreFoundAndCanBeSetAgain() {
        var months = TokenKeyNumbers()
        #expect(months.isEmpty)
        months[TokenKey("September")] = 9
        months[TokenKey("Sept")] = 9
        months[TokenKey("May")] = 4
        months[TokenKey("May")] = 5
        #expect(months[TokenKey("sept")] == 9)
        #expect(months[TokenKey("May")] == 5)
        #expect(months[TokenKey("Maybe")] == nil)
        #expect(months.values == [9, 9, 5])
    }
}
