import Lexicons

extension Party {
    /// Whether the party can hold a side in a finding. The narrator is the outlet's own
    /// voice relaying what others said, often an earlier figure; counting it as a side would
    /// turn every relay of yesterday's toll into a dispute.
    package var takesSides: Bool { self != .narrator }
}
