/// Token keys numbered in the order they were added: the table under `TokenKeySet` and
/// `TokenKeyNumbers`, the word lists the extractor asks about at every token.
///
/// A `TokenKey` is already a hash, so the index is one open-addressed table of raw keys: a
/// lookup is a multiply, a shift and a compare or two. The standard `Set` and `Dictionary`,
/// called across modules, reach `==` and the hash through protocol witnesses at every probe,
/// which cost several times more.
package struct TokenKeyIndex: Sendable {
    /// A key and its number; number -1 marks a free slot. Keys and numbers share one array, so
    /// a probe reads one place and a lookup holds one buffer.
    private struct Slot: Sendable {
        var key: UInt64
        var number: Int

        static let free = Slot(key: 0, number: -1)
    }

    private var slots = [Slot](repeating: .free, count: 8)
    /// `64 - log2(slots.count)`: the slot of a key is the top bits of its scrambled value.
    private var shift: UInt64 = 61
    package private(set) var count = 0

    package init() {}

    /// The key's number, or nil when it was never added.
    package func number(of key: TokenKey) -> Int? {
        let raw = key.rawValue
        let mask = slots.count - 1
        var slot = Self.slot(of: raw, shift: shift)
        while true {
            let held = slots[slot]
            if held.number < 0 { return nil }
            if held.key == raw { return held.number }
            slot = (slot + 1) & mask
        }
    }

    /// Adds a key, numbered `count`, unless it is present; returns its number either way.
    package mutating func add(_ key: TokenKey) -> (number: Int, inserted: Bool) {
        if let number = number(of: key) { return (number, false) }
        // At most half full, so a probe meets a free slot soon.
        if (count + 1) * 2 > slots.count { grow() }
        place(Slot(key: key.rawValue, number: count))
        count += 1
        return (count - 1, true)
    }

    /// The keys, by number.
    package var orderedKeys: [TokenKey] {
        var ordered = [TokenKey](repeating: TokenKey(rawValue: 0), count: count)
        for slot in slots where slot.number >= 0 { ordered[slot.number] = TokenKey(rawValue: slot.key) }
        return ordered
    }

    /// Fibonacci hashing: the multiply spreads the key's bits into the top ones kept.
    static func slot(of raw: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (raw &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private mutating func place(_ entry: Slot) {
        let mask = slots.count - 1
        var slot = Self.slot(of: entry.key, shift: shift)
        while slots[slot].number >= 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    private mutating func grow() {
        let held = slots.filter { $0.number >= 0 }
        slots = [Slot](repeating: .free, count: slots.count * 2)
        shift -= 1
        for entry in held { place(entry) }
    }
}

/// A set of token keys: a `TokenKeyIndex` asked only whether it holds a key.
package struct TokenKeySet: Sendable, Equatable, ExpressibleByArrayLiteral, Sequence {
    private var index = TokenKeyIndex()

    package init() {}

    package init(_ keys: some Sequence<TokenKey>) {
        for key in keys { insert(key) }
    }

    package init(arrayLiteral keys: TokenKey...) {
        self.init(keys)
    }

    package var count: Int { index.count }
    package var isEmpty: Bool { index.count == 0 }

    package func contains(_ key: TokenKey) -> Bool { index.number(of: key) != nil }

    /// Adds a key; returns whether it was new.
    @discardableResult
    package mutating func insert(_ key: TokenKey) -> Bool { index.add(key).inserted }

    package func union(_ other: TokenKeySet) -> TokenKeySet {
        var union = self
        union.formUnion(other)
        return union
    }

    package mutating func formUnion(_ other: some Sequence<TokenKey>) {
        for key in other { insert(key) }
    }

    /// The keys, in the order they were added.
    package func makeIterator() -> IndexingIterator<[TokenKey]> { index.orderedKeys.makeIterator() }

    package static func == (lhs: TokenKeySet, rhs: TokenKeySet) -> Bool {
        lhs.count == rhs.count && lhs.allSatisfy(rhs.contains)
    }
}

/// Token keys with a number each — a month's, a weekday's, a number word's value — on a
/// `TokenKeyIndex`. Not generic on purpose: generic code called from another module is not
/// specialised, and would undo the index's speed.
package struct TokenKeyNumbers: Sendable {
    private var index = TokenKeyIndex()
    /// The numbers, in the order their keys were added.
    package private(set) var values: [Int] = []

    package init() {}

    package var isEmpty: Bool { index.count == 0 }

    /// The number of a key; a key, once given one, keeps a number (set again to change it).
    package subscript(key: TokenKey) -> Int? {
        get { index.number(of: key).map { values[$0] } }
        set {
            guard let newValue else { preconditionFailure("TokenKeyNumbers does not remove keys") }
            let (number, inserted) = index.add(key)
            if inserted { values.append(newValue) } else { values[number] = newValue }
        }
    }
}
