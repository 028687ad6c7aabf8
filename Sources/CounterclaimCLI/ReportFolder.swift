import ClaimReports
import Foundation

/// The folder a report is written into, replaced whole or not at all.
///
/// The pages are written into a staging folder beside the target (same parent, so on the
/// same volume); then the old folder is moved aside, the staging folder renamed into its
/// place, and the old one removed. Any failure before the swap leaves the target as it was;
/// a failure during the swap moves the old folder back. Nothing is written outside the
/// parent folder, and pages only at their own relative paths inside the target.
struct ReportFolder {
    let path: String

    /// Writes the pages as the folder's whole content.
    func replace(with pages: [ReportPage]) throws(ReportFolderError) {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: parent.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ReportFolderError(path, "the parent folder \(parent.path) does not exist; create it first")
        }
        for page in pages where !Self.isSafe(page.path) {
            throw ReportFolderError(path, "refusing to write the page `\(page.path)` outside the report folder")
        }
        if manager.fileExists(atPath: target.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw ReportFolderError(path, "is a file, not a folder; choose another --out") }
            if let stranger = try foreignFile(in: target) {
                throw ReportFolderError(
                    path, "holds `\(stranger)`, which a report does not write; choose an empty folder or move that file")
            }
        }

        let token = UUID().uuidString
        let staging = parent.appendingPathComponent(".\(name).staging-\(token)")
        let previous = parent.appendingPathComponent(".\(name).previous-\(token)")
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
            for page in pages {
                let file = staging.appendingPathComponent(page.path)
                try manager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(page.text.utf8).write(to: file)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw ReportFolderError(path, "cannot write the report (\(error.localizedDescription)); the folder is unchanged")
        }
        let hadTarget = manager.fileExists(atPath: target.path)
        do {
            if hadTarget { try manager.moveItem(at: target, to: previous) }
        } catch {
            try? manager.removeItem(at: staging)
            throw ReportFolderError(path, "cannot replace the folder (\(error.localizedDescription)); it is unchanged")
        }
        do {
            try manager.moveItem(at: staging, to: target)
        } catch {
            if hadTarget { try? manager.moveItem(at: previous, to: target) }
            try? manager.removeItem(at: staging)
            throw ReportFolderError(path, "cannot replace the folder (\(error.localizedDescription)); it is unchanged")
        }
        if hadTarget { try? manager.removeItem(at: previous) }
    }

    /// A relative path of plain names: no `..`, no leading `/`, no empty or hidden parts.
    static func isSafe(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.".utf8)
        return !parts.isEmpty
            && parts.allSatisfy { part in !part.isEmpty && !part.hasPrefix(".") && part.utf8.allSatisfy(allowed.contains) }
    }

    /// The first file (in name order) that a report would not have written: anything but
    /// `README.md`, `bias.md` and `.md` files in `incidents/`, `articles/` and `checks/`. Guards against
    /// `--out ~` replacing a home folder.
    private func foreignFile(in folder: URL) throws(ReportFolderError) -> String? {
        let manager = FileManager.default
        let names: [String]
        do {
            names = try manager.subpathsOfDirectory(atPath: folder.path).sorted()
        } catch {
            throw ReportFolderError(path, "cannot list the folder (\(error.localizedDescription))")
        }
        for name in names {
            var isFolder: ObjCBool = false
            manager.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder)
            if isFolder.boolValue {
                if ReportLinks.folders.contains(name) { continue }
                return name + "/"
            }
            let parts = name.split(separator: "/")
            let known =
                name == ReportLinks.index || name == ReportLinks.bias
                || (parts.count == 2 && ReportLinks.folders.contains(String(parts[0])) && name.hasSuffix(".md"))
            if !known { return name }
        }
        return nil
    }
}

/// Why a report could not be written; the folder is unchanged.
struct ReportFolderError: Error, CustomStringConvertible {
    let folder: String
    let message: String

    init(_ folder: String, _ message: String) {
        self.folder = folder
        self.message = message
    }

    var description: String { "\(folder): \(message)" }
}
