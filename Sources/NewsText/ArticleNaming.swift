/// How an input is named, which decides what a draft is called and whether a front-matter
/// `id` must equal the file name.
///
///     ArticleNaming.file("notes/Border Draft (v2).txt")     // a draft gets `border-draft-v2`
///     ArticleNaming.corpusFile(id: "wire-2022-09-13-border") // labels are matched by this name
///     ArticleNaming.standardInput                            // a draft gets `draft`
package enum ArticleNaming: Sendable, Equatable {
    /// An article of a labelled corpus (`CORPUS/articles/` beside `CORPUS/labels/`): front
    /// matter is required and its `id` must be the file name without `.md`, because gold labels
    /// are found by file name and an article under another id would silently go unscored.
    case corpusFile(id: String)
    /// Any other file, or standard input: a plain draft is read and called `draftID`; an
    /// article's front-matter `id` is taken as written, whatever the file is called.
    case loose(draftID: String)

    /// Standard input: a draft on it is called `draft`.
    package static let standardInput = ArticleNaming.loose(draftID: ArticleParser.draftID)

    /// A file outside a labelled corpus: a draft in it is called after the file.
    package static func file(_ path: String) -> ArticleNaming {
        .loose(draftID: draftID(forFile: path))
    }

    /// The id a front-matter `id` must equal; nil when any id is accepted.
    package var requiredID: String? {
        if case .corpusFile(let id) = self { id } else { nil }
    }

    /// The id of a draft: the file name without its folder and extension, lowercased, every run
    /// of bytes other than a-z and 0-9 turned into one `-` and none at either end; `draft` when
    /// nothing is left (`Ереван.txt`). A leading dot is part of the name (`.notes` → `notes`).
    ///
    /// `drafts/Border Draft (v2).txt` → `border-draft-v2`; `2022_09_13-Jermuk.md` → `2022-09-13-jermuk`.
    package static func draftID(forFile path: String) -> String {
        var name = Array(path.utf8)
        if let slash = name.lastIndex(of: UInt8(ascii: "/")) { name.removeSubrange(...slash) }
        // A leading dot names a hidden file, not an extension.
        if let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > 0 { name.removeSubrange(dot...) }
        var id: [UInt8] = []
        var pendingDash = false
        for byte in name {
            let lowered = ASCII.lowercased(byte)
            guard ASCII.isLower(lowered) || ASCII.isDigit(lowered) else {
                pendingDash = !id.isEmpty
                continue
            }
            if pendingDash { id.append(UInt8(ascii: "-")) }
            pendingDash = false
            id.append(lowered)
        }
        return id.isEmpty ? ArticleParser.draftID : String(decoding: id, as: UTF8.self)
    }
}
