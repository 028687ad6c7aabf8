extension Array where Element == String {
    /// The lines joined by line breaks, as `joined(separator: "\n")`, in a string sized once:
    /// a page of many lines is not copied again each time the growing string fills.
    package func joinedAsLines() -> String {
        var text = String()
        text.reserveCapacity(reduce(count) { $0 + $1.utf8.count })
        for (index, line) in enumerated() {
            if index > 0 { text += "\n" }
            text += line
        }
        return text
    }
}
