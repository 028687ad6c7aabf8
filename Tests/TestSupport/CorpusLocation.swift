import Foundation

/// Paths inside the repository, for tests that read the shipped corpus.
package enum CorpusLocation {
    /// The repository root, found from this source file's path.
    package static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    package static var corpus: URL { root.appendingPathComponent("Corpus") }

    /// A fresh temporary folder, removed by the caller.
    package static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("counterclaim-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
