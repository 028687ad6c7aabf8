extension Array {
    /// The same elements in storage of their own size, when the list grew by appending and
    /// kept the spare room (up to half its storage): for a list a command keeps for the whole
    /// run — an article's claims, a finding's evidence — one per article or finding of a corpus.
    package func heldExactly() -> [Element] {
        capacity - count > count / 8 ? withUnsafeBufferPointer(Array.init) : self
    }
}
