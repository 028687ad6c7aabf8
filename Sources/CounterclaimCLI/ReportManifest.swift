import Reports

/// The record a report folder keeps of the pages counterclaim wrote into it:
/// `.counterclaim-manifest`, in the format `sha256sum` prints and checks.
///
///     # counterclaim report: the pages counterclaim wrote here, each with the SHA-256 of its bytes.
///     # A later `counterclaim report` replaces a page only while its bytes match; check with `sha256sum -c .counterclaim-manifest`.
///     9f2c…e41a  README.md
///     03b7…5d90  articles/wire-2022-09-13-border-clashes.md
///
/// It is how the next run tells its own pages from a user's: a file it does not list, or one
/// whose bytes no longer match, is never replaced. It is also the mark of the tool's own
/// staging folders, which get it first.
struct ReportManifest: Equatable {
    static let fileName = ".counterclaim-manifest"
    static let header = [
        "# counterclaim report: the pages counterclaim wrote here, each with the SHA-256 of its bytes.",
        "# A later `counterclaim report` replaces a page only while its bytes match; check with `sha256sum -c \(fileName)`.",
    ]

    /// The SHA-256 of each page, by its path inside the folder.
    let digests: [String: SHA256.Digest]

    init(pages: [ReportPage]) {
        digests = Dictionary(pages.map { ($0.path, SHA256.digest($0.text)) }, uniquingKeysWith: { _, last in last })
    }

    init(digests: [String: SHA256.Digest]) {
        self.digests = digests
    }

    /// The file's text: the header, then one line per page in path order.
    var text: String {
        (Self.header + digests.keys.sorted().map { "\(digests[$0]?.hex ?? "")  \($0)" }).joined(separator: "\n") + "\n"
    }

    /// Reads a manifest this tool wrote; nil when the text is anything else (no header, or a
    /// line that is not a digest and a page path), so a stranger's file never vouches for a page.
    static func parse(_ bytes: [UInt8]) -> ReportManifest? {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count > header.count, lines.prefix(header.count).elementsEqual(header.map { Substring($0) }),
            lines.last == ""
        else { return nil }
        var digests: [String: SHA256.Digest] = [:]
        for line in lines.dropFirst(header.count).dropLast() {
            let path = String(line.dropFirst(66))
            guard let digest = SHA256.Digest(hex: line.prefix(64)), line.dropFirst(64).hasPrefix("  "), ReportFolder.isSafe(path)
            else { return nil }
            digests[path] = digest
        }
        return ReportManifest(digests: digests)
    }

    /// Whether the header is there: the mark of a folder the tool made.
    static func isMarker(_ bytes: [UInt8]) -> Bool {
        let first = Array(header[0].utf8)
        return bytes.count >= first.count && bytes.prefix(first.count).elementsEqual(first)
    }
}
