import Foundation
import Reports
import Writers

/// A report being written (see `ReportFolder`): pages go into a hidden staging folder beside
/// the target as they are made (`PageWriter`), so a run holds no page however large the
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
    private(set) var digests: [String: SHA256.Digest] = [:]

    init(folder: ReportFolder, target: URL, token: String, hadTarget: Bool, litter: [String]) {
        self.folder = folder
        self.target = target
        self.token = token
        staging = target.deletingLastPathComponent().appendingPathComponent(
            ReportFolder.SideFolder.staging.name(beside: target.lastPathComponent, token: token))
        self.hadTarget = hadTarget
        self.litter = litter
    }

    /// What writes the pages into the staging folder, from any thread (`PageWriter`); each page
    /// it writes is `record`ed here.
    var writer: PageWriter { PageWriter(folder: folder, staging: staging) }

    /// Records a page `writer` wrote, for the manifest.
    mutating func record(_ page: PageWriter.Written) {
        digests[page.path] = page.digest
    }

    /// Writes a page made whole, and records it.
    mutating func write(_ page: ReportPage) throws(ReportFolderError) {
        record(try writer.write(page))
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
