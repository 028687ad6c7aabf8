/// The bidirectional controls that quoted text must never carry into an output: they would let
/// a reader see "50" where the text holds "05", since text is shown in its stored order.
enum BidiControl {
    /// The byte length of a bidirectional control at `index`: the marks U+200E, U+200F and
    /// U+061C, the embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069.
    static func length(at index: Int, in source: [UInt8]) -> Int? {
        let byte = source[index]
        guard byte == 0xE2 || byte == 0xD8 else { return nil }
        if byte == 0xD8 { return index + 1 < source.count && source[index + 1] == 0x9C ? 2 : nil }
        guard index + 2 < source.count else { return nil }
        switch (source[index + 1], source[index + 2]) {
        case (0x80, 0x8E), (0x80, 0x8F), (0x80, 0xAA...0xAE), (0x81, 0xA6...0xA9): return 3
        default: return nil
        }
    }
}
