import Foundation
import Reports
import Writers

/// Writes a report's pages into its staging folder (`StagedReport.writer`), each made straight
/// into its file by the core that makes it, so no page is ever held whole and the cores that
/// make the pages also write them. Each write gives back the page's SHA-256 for the manifest,
/// which the thread that owns the report records in page order (`StagedReport.record`).
struct PageWriter: Sendable {
    let folder: ReportFolder
    let staging: URL

    /// A page written: where it went, and the SHA-256 of its bytes.
    struct Written: Sendable {
        let path: String
        let digest: SHA256.Digest
    }

    /// Writes a page made whole, from its own bytes.
    func write(_ page: ReportPage) throws(ReportFolderError) -> Written {
        try file(page.path) { handle in
            var text = page.text
            try text.withUTF8 { try handle.write(contentsOf: UnsafeRawBufferPointer($0)) }
            try handle.close()
            return SHA256.digest(page.text)
        }
    }

    /// Writes page `path` line by line as `make` makes it.
    func write(_ path: String, lines make: (inout StreamedLines<PageFile>) -> Void) throws(ReportFolderError) -> Written {
        try file(path) { handle in
            var lines = StreamedLines(PageFile(handle))
            make(&lines)
            var page = lines.output
            return try page.close()
        }
    }

    /// Creates page `path`'s file and has `write` write it, close it and give its digest.
    private func file(_ path: String, _ write: (FileHandle) throws -> SHA256.Digest) throws(ReportFolderError) -> Written {
        let file = try stagedFile(path)
        do {
            guard FileManager.default.createFile(atPath: file.path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path])
            }
            return Written(path: path, digest: try write(try FileHandle(forWritingTo: file)))
        } catch {
            throw folder.error(.cannotWrite(error.localizedDescription))
        }
    }

    /// Where page `path` goes in the staging folder, its folder made; a path that would leave
    /// the folder is refused.
    private func stagedFile(_ path: String) throws(ReportFolderError) -> URL {
        guard ReportFolder.isSafe(path) else { throw folder.error(.unsafePage(path)) }
        let file = staging.appendingPathComponent(path)
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw folder.error(.cannotWrite(error.localizedDescription))
        }
        return file
    }
}
