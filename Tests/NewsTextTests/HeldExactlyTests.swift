import NewsText
import Testing

/// A list kept for the whole run gives back the room it grew by, and keeps its elements.
struct HeldExactlyTests {
    @Test func aListGrownByAppendingLetsItsSpareRoomGo() {
        var grown: [Int] = []
        for number in 0..<1_000 { grown.append(number) }
        grown.removeLast(400)
        #expect(grown.capacity >= 1_000)
        let held = grown.heldExactly()
        #expect(held == Array(0..<600))
        #expect(held.capacity < 700)
    }

    @Test func aListAtItsSizeIsKeptAsItIs() {
        let exact = Array(0..<600)
        #expect(exact.heldExactly() == exact)
        #expect(exact.heldExactly().capacity == exact.capacity)
        #expect([Int]().heldExactly().isEmpty)
    }
}
