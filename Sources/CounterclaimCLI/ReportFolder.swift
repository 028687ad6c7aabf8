import ClaimReports
import Foundation

/// The folder a report is written into: replaced whole or not at all, and only over what
/// counterclaim wrote there.
///
/// Before anything is written the folder is checked (`ReportFolder+Ownership.swift`): it may
/// hold only the pages its `.counterclaim-manifest` lists, with the bytes listed there, the
/// manifest, and OS litter such as `.DS_Store`, which is carried over. A file the tool never
/// wrote, a page a user edited, or a link stops the run with an error naming it.
///
/// Then the pages are written into a staging folder beside the target (same parent, so on the
/// same volume), the manifest first, which marks the folder as the tool's; the old folder is
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

    /// Writes the pages as the folder's whole content. Returns the names of the folders left
    /// by killed runs that it removed, for the user to be told.
    @discardableResult
    func replace(with pages: [ReportPage]) throws(ReportFolderError) -> [String] {
        for page in pages where !Self.isSafe(page.path) { throw error(.unsafePage(page.path)) }
        let manager = FileManager.default
        let target = try resolvedTarget()
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: parent.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw error(.noParent(parent.path))
        }
        let hadTarget = manager.fileExists(atPath: target.path, isDirectory: &isFolder)
        if hadTarget && !isFolder.boolValue { throw error(.notAFolder) }
        let litter = hadTarget ? try litterToKeep(in: target, newPages: pages.map(\.path)) : []

        let token = UUID().uuidString
        let staging = parent.appendingPathComponent(SideFolder.staging.name(beside: name, token: token))
        let previous = parent.appendingPathComponent(SideFolder.previous.name(beside: name, token: token))
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
            try Data(ReportManifest(pages: pages).text.utf8).write(to: staging.appendingPathComponent(ReportManifest.fileName))
            for page in pages {
                let file = staging.appendingPathComponent(page.path)
                try manager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(page.text.utf8).write(to: file)
            }
            for file in litter where !manager.fileExists(atPath: staging.appendingPathComponent(file).path) {
                let copy = staging.appendingPathComponent(file)
                try manager.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
                try manager.copyItem(at: target.appendingPathComponent(file), to: copy)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw self.error(.cannotWrite(error.localizedDescription))
        }
        do {
            if hadTarget { try manager.moveItem(at: target, to: previous) }
        } catch {
            try? manager.removeItem(at: staging)
            throw self.error(.cannotSwap(error.localizedDescription))
        }
        do {
            try manager.moveItem(at: staging, to: target)
        } catch {
            if hadTarget { try? manager.moveItem(at: previous, to: target) }
            try? manager.removeItem(at: staging)
            throw self.error(.cannotSwap(error.localizedDescription))
        }
        if hadTarget { try? manager.removeItem(at: previous) }
        return removeLeftovers(beside: target)
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

    private func error(_ reason: ReportFolderError.Reason) -> ReportFolderError {
        ReportFolderError(folder: path, reason: reason)
    }
}
