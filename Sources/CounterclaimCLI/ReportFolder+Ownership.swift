import Foundation

/// Which files in and beside a report folder are the tool's own, so that a run replaces or
/// removes those and nothing else.
extension ReportFolder {
    /// Files an operating system's file browser drops into folders it shows (macOS Finder,
    /// Windows Explorer, KDE Dolphin), compared case-insensitively. They hold no user content,
    /// so they never stop a run; they are carried over into the new folder. `._` files
    /// (macOS resource forks on foreign volumes) count too, see `isLitter`.
    static let osLitter: Set<String> = [".ds_store", "thumbs.db", "ehthumbs.db", "desktop.ini", ".directory"]

    static func isLitter(_ name: String) -> Bool {
        osLitter.contains(name.lowercased()) || name.hasPrefix("._")
    }

    /// The OS litter in the folder, by relative path, once every other entry is shown to be the
    /// tool's: a page its manifest lists, unchanged, the manifest itself, or a folder that
    /// holds something or that pages go into (`pageFolders`, or a folder of a listed page).
    /// Throws on the first other entry in name order.
    func litterToKeep(in folder: URL, pageFolders newFolders: [String]) throws(ReportFolderError) -> [String] {
        let manifest = try existingManifest(in: folder)
        var pageFolders = Set(newFolders)
        for page in manifest.digests.keys {
            var parts = page.split(separator: "/").dropLast()
            while !parts.isEmpty {
                pageFolders.insert(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        var litter: [String] = []
        for entry in try entries(of: folder) {
            switch entry.type {
            case .typeDirectory:
                // An empty folder no page goes into is the user's; the swap would remove it.
                if !pageFolders.contains(entry.path) && !entry.hasContents {
                    throw ReportFolderError(folder: path, reason: .notWritten(entry.path + "/"))
                }
            case .typeRegular where entry.path == ReportManifest.fileName:
                continue
            case .typeRegular where Self.isLitter(entry.name):
                litter.append(entry.path)
            case .typeRegular:
                guard let digest = manifest.digests[entry.path] else {
                    throw ReportFolderError(folder: path, reason: .notWritten(entry.path))
                }
                guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(entry.path).path),
                    SHA256.digest([UInt8](data)) == digest
                else { throw ReportFolderError(folder: path, reason: .changed(entry.path)) }
            default:
                // Links and special files: the tool writes only plain files.
                throw ReportFolderError(folder: path, reason: .notWritten(entry.path))
            }
        }
        return litter
    }

    /// The manifest of an earlier run, or an empty one when the folder has none.
    private func existingManifest(in folder: URL) throws(ReportFolderError) -> ReportManifest {
        let file = folder.appendingPathComponent(ReportManifest.fileName)
        guard FileManager.default.fileExists(atPath: file.path) || Self.isLink(file) else { return ReportManifest(digests: [:]) }
        guard !Self.isLink(file), let data = FileManager.default.contents(atPath: file.path),
            let manifest = ReportManifest.parse([UInt8](data))
        else { throw ReportFolderError(folder: path, reason: .changed(ReportManifest.fileName)) }
        return manifest
    }

    /// One file or folder found under a report folder.
    struct Entry {
        /// Relative, `/`-separated: `articles/wire.md`.
        let path: String
        let type: FileAttributeType
        /// For a folder: whether anything is in it.
        var hasContents = false

        var name: String { String(path.split(separator: "/").last ?? "") }
    }

    /// Every entry under the folder, a folder before what it holds, names in byte order;
    /// links are listed, not followed.
    func entries(of folder: URL) throws(ReportFolderError) -> [Entry] {
        let manager = FileManager.default
        var found: [Entry] = []
        func walk(_ relative: String) throws {
            let url = relative.isEmpty ? folder : folder.appendingPathComponent(relative)
            let names = try manager.contentsOfDirectory(atPath: url.path).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for name in names {
                let child = relative.isEmpty ? name : relative + "/" + name
                let type = try manager.attributesOfItem(atPath: folder.appendingPathComponent(child).path)[.type] as? FileAttributeType
                found.append(Entry(path: child, type: type ?? .typeUnknown))
                guard type == .typeDirectory else { continue }
                let index = found.count - 1
                try walk(child)
                found[index].hasContents = found.count > index + 1
            }
        }
        do {
            try walk("")
        } catch {
            throw ReportFolderError(folder: path, reason: .cannotList(error.localizedDescription))
        }
        return found
    }

    /// Removes the side folders (`SideFolder`) that killed runs left beside the target, when
    /// they hold the tool's manifest (a staging folder gets it first; an old folder is a
    /// report) or nothing but OS litter. Anything else, of such a name or not, is left alone.
    /// Returns the names removed.
    func removeLeftovers(beside target: URL) -> [String] {
        let parent = target.deletingLastPathComponent()
        let prefixes = SideFolder.allCases.map { $0.name(beside: target.lastPathComponent, token: "") }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        var removed: [String] = []
        for name in names.sorted() {
            guard let prefix = prefixes.first(where: name.hasPrefix), UUID(uuidString: String(name.dropFirst(prefix.count))) != nil
            else { continue }
            let folder = parent.appendingPathComponent(name)
            guard !Self.isLink(folder), isOwnLeftover(folder), (try? FileManager.default.removeItem(at: folder)) != nil else { continue }
            removed.append(name)
        }
        return removed
    }

    private func isOwnLeftover(_ folder: URL) -> Bool {
        let manifest = folder.appendingPathComponent(ReportManifest.fileName)
        if !Self.isLink(manifest), let data = FileManager.default.contents(atPath: manifest.path), ReportManifest.isMarker([UInt8](data)) {
            return true
        }
        guard let all = try? entries(of: folder) else { return false }
        return all.allSatisfy { entry in
            entry.type == .typeDirectory
                || (entry.type == .typeRegular && Self.isLitter(entry.name))
        }
    }
}
