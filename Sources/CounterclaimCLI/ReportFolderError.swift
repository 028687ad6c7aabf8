/// Why a report could not be written; the folder is unchanged.
struct ReportFolderError: Error, Equatable, CustomStringConvertible {
    enum Reason: Equatable {
        /// A file or folder inside the target that the tool did not write (relative path;
        /// a folder ends in `/`).
        case notWritten(String)
        /// A page the manifest lists whose bytes differ from what the tool wrote, or a
        /// manifest the tool cannot read as its own (relative path).
        case changed(String)
        /// The target is the working folder or holds it.
        case holdsWorkingFolder
        /// The target is a link to nothing (where it points).
        case brokenLink(String)
        case notAFolder
        /// The folder the target would go in does not exist (its path).
        case noParent(String)
        /// A page whose path would leave the folder; a bug, never the user's doing.
        case unsafePage(String)
        case cannotList(String)
        case cannotWrite(String)
        case cannotSwap(String)
    }

    /// `--out` as the user gave it.
    let folder: String
    let reason: Reason

    var description: String { "\(folder): \(message)" }

    /// What went wrong and what to do about it.
    var message: String {
        switch reason {
        case .notWritten(let file):
            "holds `\(file)`, which counterclaim did not write; a report needs a folder of its own: move that out, or choose a new or empty folder with --out"
        case .changed(let file):
            "`\(file)` was changed after counterclaim wrote it (it no longer matches `\(ReportManifest.fileName)`); move your version out of the folder, or delete it to have it written again"
        case .holdsWorkingFolder:
            "is the working folder or holds it; the report replaces its folder whole, which would pull the folder out from under your shell: choose a folder of its own, e.g. --out Reports"
        case .brokenLink(let destination):
            "is a link to `\(destination)`, which is not a folder; create that folder, or choose another --out"
        case .notAFolder:
            "is a file, not a folder; choose another --out"
        case .noParent(let parent):
            "the parent folder \(parent) does not exist; create it first"
        case .unsafePage(let page):
            "refusing to write the page `\(page)` outside the report folder"
        case .cannotList(let reason):
            "cannot list the folder (\(reason)); it is unchanged"
        case .cannotWrite(let reason):
            "cannot write the report (\(reason)); the folder is unchanged"
        case .cannotSwap(let reason):
            "cannot replace the folder (\(reason)); it is unchanged"
        }
    }
}
