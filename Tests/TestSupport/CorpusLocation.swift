import Foundation

/// Paths inside the repository, for tests that read the shipped corpus.
package enum CorpusLocation {
    /// The repository root, found from this source file's path.
    package static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    package static var corpus: URL { root.appendingPathComponent("Corpus") }

    /// The real-text development set beside the repository (`../shared/realdev`), when this
    /// checkout has one; a user's clone without it skips what needs it.
    package static var realdev: URL? {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/realdev")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("articles").path) ? url : nil
    }

    /// A fresh temporary folder, removed by the caller.
    package static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("counterclaim-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
