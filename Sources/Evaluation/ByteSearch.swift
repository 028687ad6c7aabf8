import NewsText

/// Where a quote stands in an article body, compared byte for byte: a label's curly
/// apostrophe does not match a straight one in the text, because the label guide asks for
/// quotes "as written".
enum ByteSearch {
    /// Every occurrence of `needle` in `body`, in order, overlapping ones included; empty for
    /// an empty needle.
    static func ranges(of needle: [UInt8], in body: [UInt8]) -> [ByteRange] {
        guard let first = needle.first, needle.count <= body.count else { return [] }
        var found: [ByteRange] = []
        var start = 0
        while start + needle.count <= body.count, let candidate = body[start...].firstIndex(of: first) {
            guard candidate + needle.count <= body.count else { break }
            if body[candidate..<candidate + needle.count].elementsEqual(needle) {
                found.append(ByteRange(candidate, candidate + needle.count))
            }
            start = candidate + 1
        }
        return found
    }
}
