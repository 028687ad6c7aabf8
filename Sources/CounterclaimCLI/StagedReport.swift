import Foundation
import Reports
import Writers

/// A report being written (see `ReportFolder`): pages go into a hidden staging folder beside
/// the target as soon as they are made, so a run holds one page at a time however large the
/// report; `commit` swaps the folder in whole, `discard` removes it and leaves the target as
/// it was.
struct StagedReport {
    let folder: ReportFolder
    let target: URL
    let staging: URL
    /// The run's UUID, shared by its staging and old folders.
    let token: String
    let hadTarget: Bool
    /// OS litter in the old folder, carried over into the new one.
    let litter: [String]
    /// The SHA-256 of each page written, by path: the manifest.
    private(set) var digests: [String: String] = [:]

    init(folder: ReportFolder, target: URL, token: String, hadTarget: Bool, litter: [String]) {
        self.folder = folder
        self.target = target
        self.token = token
        staging = target.deletingLastPathComponent().appendingPathComponent(
            ReportFolder.SideFolder.staging.name(beside: target.lastPathComponent, token: token))
        self.hadTarget = hadTarget
        self.litter = litter
    }

    mutating func write(_ page: SealedPage) throws(ReportFolderError) {
        try writeFile(page.path) { handle in
            var text = page.text
            try text.withUTF8 { try handle.write(contentsOf: UnsafeRawBufferPointer($0)) }
            try handle.close()
            return page.digest
        }
    }

    /// Writes page `path` as `make` makes it, line by line, straight into its file: a page too
    /// large to hold (`ReportSite.isStreamed`).
    mutating func stream(_ path: String, _ make: (inout StreamedLines<PageFile>) -> Void) throws(ReportFolderError) {
        try writeFile(path) { handle in
            var lines = StreamedLines(PageFile(handle))
            make(&lines)
            var page = lines.output
            return try page.close()
        }
    }

    /// Writes page `path` as `make` writes it into its file, text as it comes: a page written
    /// a part at a time (the bias page).
    mutating func stream(_ path: String, text make: (inout PageFile) -> Void) throws(ReportFolderError) {
        try writeFile(path) { handle in
            var page = PageFile(handle)
            make(&page)
            return try page.close()
        }
    }

    /// Creates page `path`'s file and has `write` write it, close it and give its digest.
    private mutating func writeFile(_ path: String, _ write: (FileHandle) throws -> String) throws(ReportFolderError) {
        let file = try stagedFile(path)
        do {
            guard FileManager.default.createFile(atPath: file.path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path])
            }
            digests[path] = try write(try FileHandle(forWritingTo: file))
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

    /// Swaps the staging folder in for the target. Returns the names of the folders left by
    /// killed runs that it removed, for the user to be told.
    func commit() throws(ReportFolderError) -> [String] {
        let manager = FileManager.default
        let previous = target.deletingLastPathComponent().appendingPathComponent(
            ReportFolder.SideFolder.previous.name(beside: target.lastPathComponent, token: token))
        do {
            try Data(ReportManifest(digests: digests).text.utf8).write(to: staging.appendingPathComponent(ReportManifest.fileName))
            for file in litter where !manager.fileExists(atPath: staging.appendingPathComponent(file).path) {
                let copy = staging.appendingPathComponent(file)
                try manager.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
                try manager.copyItem(at: target.appendingPathComponent(file), to: copy)
            }
        } catch {
            discard()
            throw folder.error(.cannotWrite(error.localizedDescription))
        }
        do {
            if hadTarget { try manager.moveItem(at: target, to: previous) }
        } catch {
            discard()
            throw folder.error(.cannotSwap(error.localizedDescription))
        }
        do {
            try manager.moveItem(at: staging, to: target)
        } catch {
            if hadTarget { try? manager.moveItem(at: previous, to: target) }
            discard()
            throw folder.error(.cannotSwap(error.localizedDescription))
        }
        if hadTarget { try? manager.removeItem(at: previous) }
        return folder.removeLeftovers(beside: target)
    }

    /// Removes the staging folder; the target is untouched.
    func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}
