import Lexicons
import Testing

/// The bit set an incident keeps per outlet answers as a set of parties would.
struct PartySetTests {
    @Test func holdsWhatIsInsertedInDesignOrder() {
        var parties = PartySet()
        #expect(parties.isEmpty)
        parties.insert(.narrator)
        parties.insert(.armeniaMod)
        parties.insert(.un)
        parties.insert(.un)
        #expect(parties.parties == [.armeniaMod, .un, .narrator])
        #expect(parties.contains(.un))
        #expect(!parties.contains(.azerbaijanMod))
    }

    @Test func unionIsEveryPartyOfBoth() {
        var left = PartySet([.azerbaijanGov, .russia])
        left.formUnion(PartySet([.russia, .karabakh]))
        #expect(left.parties == [.azerbaijanGov, .karabakh, .russia])
        #expect(left == PartySet(Party.allCases.filter { [.karabakh, .azerbaijanGov, .russia].contains($0) }))
    }

    @Test func everyPartyHasABitOfItsOwn() {
        let all = PartySet(Party.allCases)
        #expect(all.parties == Party.allCases)
        for party in Party.allCases {
            #expect(PartySet([party]).parties == [party])
        }
    }
}
