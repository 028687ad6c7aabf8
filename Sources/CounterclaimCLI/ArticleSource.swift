import Foundation
import NewsText

/// Where articles come from: the only place the command line reads the file system.
///
/// A path is an article file, a folder of `.md` articles, or a corpus folder (one with an
/// `articles/` subfolder); `-` is standard input. Files are read in name order.
struct ArticleSource {
    /// Reads standard input, stopping one byte past the given count.
    let readStandardInput: (Int) -> [UInt8]
    let limit: ArticleSizeLimit

    /// One input a path names: an article file, or standard input (`-`).
    struct Entry {
        let source: String
        /// What a draft in it is called, and whether its front-matter id must be its file name.
        let naming: ArticleNaming

        static let standardInput = Entry(source: "-", naming: .standardInput)

        /// A file; one in a labelled corpus (`CORPUS/articles/` beside `CORPUS/labels/`) keeps
        /// the rule that its id is its file name, so that its labels are found.
        static func file(_ path: String) -> Entry {
            // A URL, because NSString's path methods trap on `.` (the folder of `./draft.md`).
            let folder = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent()
            let labels = folder.deletingLastPathComponent().appendingPathComponent("labels").path
            let labelled = folder.lastPathComponent == "articles" && ArticleSource.isFolder(labels)
            return Entry(source: path, naming: labelled ? .corpusFile(id: ArticleSource.id(of: path, dropping: ".md")) : .file(path))
        }
    }

    /// The inputs the paths name, in order (a folder's files in name order), and the paths
    /// that name nothing. Nothing is read yet: the caller reads one input at a time.
    func entries(for paths: [String]) -> (entries: [Entry], problems: [ArticleError]) {
        var entries: [Entry] = []
        var problems: [ArticleError] = []
        for path in paths {
            if path == "-" {
                entries.append(.standardInput)
                continue
            }
            guard FileManager.default.fileExists(atPath: path) else {
                problems.append(ArticleError(source: path, line: 0, message: "no such file or folder"))
                continue
            }
            let isFolder = Self.isFolder(path)
            let files = isFolder ? articleFiles(in: path) : [path]
            if isFolder && files.isEmpty {
                problems.append(ArticleError(source: path, line: 0, message: "no .md articles in this folder (nor in its articles/ folder)"))
            }
            entries += files.map(Entry.file)
        }
        return (entries, problems)
    }

    /// The bytes of one input, or nil after adding a problem saying why it cannot be read.
    func read(_ entry: Entry, problems: inout [ArticleError]) -> CorpusAssembler.Input? {
        let bytes = entry.source == "-" ? standardInput(problems: &problems) : contents(of: entry.source, problems: &problems)
        return bytes.map { CorpusAssembler.Input(source: entry.source, bytes: $0, naming: entry.naming) }
    }

    private func articleFiles(in folder: String) -> [String] {
        let articles = (folder as NSString).appendingPathComponent("articles")
        return Self.files(in: Self.isFolder(articles) ? articles : folder, ending: ".md")
    }

    /// Whether the path names a folder.
    static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// The paths of the folder's files whose names end in `suffix`, in name order.
    static func files(in folder: String, ending suffix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { (folder as NSString).appendingPathComponent($0) }
    }

    /// The file name without its folder and extension: the id it names
    /// (`Corpus/labels/wire.json` → `wire`).
    static func id(of file: String, dropping suffix: String) -> String {
        let name = (file as NSString).lastPathComponent
        return name.hasSuffix(suffix) ? String(name.dropLast(suffix.count)) : name
    }

    /// The name a report gives an article file: the folder it was found in and the file
    /// (`Corpus/articles/wire.md`, `drafts/wire.md`), however the path was spelled
    /// (`Corpus`, `./Corpus`, `/home/…/Corpus`). Report pages are then the same bytes on
    /// every machine and never show where a user keeps their files.
    static func portableName(of file: String) -> String {
        let parts = URL(fileURLWithPath: file).standardizedFileURL.pathComponents.filter { $0 != "/" }
        let kept = parts.count >= 2 && parts[parts.count - 2] == "articles" ? 3 : 2
        return parts.suffix(kept).joined(separator: "/")
    }

    /// The bytes of a file, or nil after adding a problem saying it cannot be read or is
    /// larger than the limit.
    func contents(of file: String, problems: inout [ArticleError]) -> [UInt8]? {
        guard let handle = FileHandle(forReadingAtPath: file) else {
            problems.append(ArticleError(source: file, line: 0, message: "cannot read the file"))
            return nil
        }
        defer { try? handle.close() }
        return limited(limit.read(handle), source: file, problems: &problems)
    }

    /// Standard input, or nil after adding a problem when it is larger than the limit.
    func standardInput(problems: inout [ArticleError]) -> [UInt8]? {
        limited(readStandardInput(limit.bytes), source: "-", problems: &problems)
    }

    private func limited(_ bytes: [UInt8], source: String, problems: inout [ArticleError]) -> [UInt8]? {
        guard bytes.count <= limit.bytes else {
            problems.append(ArticleError(source: source, line: 0, message: limit.error(for: source)))
            return nil
        }
        return bytes
    }
}
