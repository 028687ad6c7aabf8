import Foundation
import Reports

/// The folder a report is written into: replaced whole or not at all, and only over what
/// counterclaim wrote there.
///
/// Before anything is written the folder is checked (`ReportFolder+Ownership.swift`): it may
/// hold only the pages its `.counterclaim-manifest` lists, with the bytes listed there, the
/// manifest, and OS litter such as `.DS_Store`, which is carried over. A file the tool never
/// wrote, a page a user edited, or a link stops the run with an error naming it.
///
/// Then the pages are written into a staging folder beside the target (same parent, so on the
/// same volume) as they are made (`StagedReport`), the manifest first, which marks the folder
/// as the tool's, and again last with every page's digest; the old folder is
/// moved aside, the staging folder renamed into its place, and the old one removed. Any
/// failure before the swap leaves the target as it was; a failure during the swap moves the
/// old folder back. A staging or old folder that a killed run left beside the target is
/// removed by the next run that writes. Nothing is written outside the parent folder, and
/// pages only at their own relative paths inside the target.
///
/// A target that is a link is written through: the folder it points to is replaced and the
/// link stays. The working folder (`--out .`) is refused: swapping it away would leave the
/// user's shell in a removed folder.
struct ReportFolder {
    let path: String

    /// Checks the target folder and opens a staging folder beside it, to be filled page by
    /// page and then committed (or discarded). Every check that can refuse the folder runs
    /// here, before any page is made.
    func stage() throws(ReportFolderError) -> StagedReport {
        let manager = FileManager.default
        let target = try resolvedTarget()
        let parent = target.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: parent.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw error(.noParent(parent.path))
        }
        let hadTarget = manager.fileExists(atPath: target.path, isDirectory: &isFolder)
        if hadTarget && !isFolder.boolValue { throw error(.notAFolder) }
        let litter = hadTarget ? try litterToKeep(in: target, pageFolders: ReportLinks.folders) : []
        let staged = StagedReport(folder: self, target: target, token: UUID().uuidString, hadTarget: hadTarget, litter: litter)
        let staging = staged.staging
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
            // The manifest goes first, with no pages yet: it marks the folder as the tool's,
            // so a run that is killed now leaves a folder the next run knows to remove.
            try Data(ReportManifest(digests: [:]).text.utf8).write(to: staging.appendingPathComponent(ReportManifest.fileName))
        } catch {
            try? manager.removeItem(at: staging)
            throw self.error(.cannotWrite(error.localizedDescription))
        }
        return staged
    }

    /// Writes the pages as the folder's whole content. Returns the names of the folders left
    /// by killed runs that it removed, for the user to be told.
    @discardableResult
    func replace(with pages: [ReportPage]) throws(ReportFolderError) -> [String] {
        var staged = try stage()
        do {
            for page in pages { try staged.write(page) }
        } catch {
            staged.discard()
            throw error
        }
        return try staged.commit()
    }

    /// The hidden folders a run makes beside the target, named after it and the run's UUID:
    /// `.Reports.staging-<uuid>` holds the new pages, `.Reports.previous-<uuid>` the old folder
    /// during the swap.
    enum SideFolder: String, CaseIterable {
        case staging, previous

        func name(beside target: String, token: String) -> String { ".\(target).\(rawValue)-\(token)" }
    }

    /// A relative path of plain names: no `..`, no leading `/`, no empty or hidden parts.
    static func isSafe(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.".utf8)
        return !parts.isEmpty
            && parts.allSatisfy { part in !part.isEmpty && !part.hasPrefix(".") && part.utf8.allSatisfy(allowed.contains) }
    }

    /// The absolute folder to replace: links followed, and never the working folder or one
    /// that holds it.
    private func resolvedTarget() throws(ReportFolderError) -> URL {
        let manager = FileManager.default
        var target = URL(fileURLWithPath: path).standardizedFileURL
        if Self.isLink(target) {
            let destination = target.resolvingSymlinksInPath()
            guard !Self.isLink(destination), manager.fileExists(atPath: destination.path) else {
                throw error(.brokenLink((try? manager.destinationOfSymbolicLink(atPath: target.path)) ?? destination.path))
            }
            target = destination
        }
        let real = target.resolvingSymlinksInPath().path
        let here = URL(fileURLWithPath: manager.currentDirectoryPath).resolvingSymlinksInPath().path
        if real == "/" || here == real || here.hasPrefix(real + "/") { throw error(.holdsWorkingFolder) }
        return target
    }

    static func isLink(_ url: URL) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType) == .typeSymbolicLink
    }

    func error(_ reason: ReportFolderError.Reason) -> ReportFolderError {
        ReportFolderError(folder: path, reason: reason)
    }
}
