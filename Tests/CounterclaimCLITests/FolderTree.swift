import Foundation

/// Everything under a folder, so a test can say a run left a tree exactly as it was.
enum FolderTree {
    /// What one path holds: a file's bytes, a folder, or a link and where it points.
    enum Entry: Equatable {
        case file(Data)
        case folder
        case link(String)
    }

    /// Every entry under the folder by relative path; links are listed, not followed.
    static func entries(of folder: URL) throws -> [String: Entry] {
        let manager = FileManager.default
        var found: [String: Entry] = [:]
        func walk(_ relative: String) throws {
            let url = relative.isEmpty ? folder : folder.appendingPathComponent(relative)
            for name in try manager.contentsOfDirectory(atPath: url.path) {
                let path = relative.isEmpty ? name : relative + "/" + name
                let child = folder.appendingPathComponent(path)
                switch try manager.attributesOfItem(atPath: child.path)[.type] as? FileAttributeType {
                case .typeSymbolicLink?: found[path] = .link(try manager.destinationOfSymbolicLink(atPath: child.path))
                case .typeDirectory?:
                    found[path] = .folder
                    try walk(path)
                default: found[path] = .file(try Data(contentsOf: child))
                }
            }
        }
        try walk("")
        return found
    }

    /// The files under the folder and their bytes, by relative path.
    static func files(in folder: URL) throws -> [String: Data] {
        try entries(of: folder).compactMapValues { entry in
            if case .file(let data) = entry { data } else { nil }
        }
    }
}
