import Foundation
import NewsText

/// Where articles come from: the only place the command line reads the file system.
///
/// A path is an article file, a folder of `.md` articles, or a corpus folder (one with an
/// `articles/` subfolder); `-` is standard input. Files are read in name order.
struct ArticleSource {
    let readStandardInput: () -> [UInt8]

    /// The inputs named by the paths, and the paths that could not be read.
    func inputs(for paths: [String]) -> (inputs: [CorpusAssembler.Input], problems: [ArticleError]) {
        var inputs: [CorpusAssembler.Input] = []
        var problems: [ArticleError] = []
        for path in paths {
            if path == "-" {
                inputs.append(CorpusAssembler.Input(source: "-", bytes: readStandardInput(), expectedID: nil))
                continue
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                problems.append(ArticleError(source: path, line: 0, message: "no such file or folder"))
                continue
            }
            let files = isFolder.boolValue ? articleFiles(in: path) : [path]
            if isFolder.boolValue && files.isEmpty {
                problems.append(ArticleError(source: path, line: 0, message: "no .md articles in this folder (nor in its articles/ folder)"))
            }
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else {
                    problems.append(ArticleError(source: file, line: 0, message: "cannot read the file"))
                    continue
                }
                let name = (file as NSString).lastPathComponent
                let id = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
                inputs.append(CorpusAssembler.Input(source: file, bytes: [UInt8](data), expectedID: id))
            }
        }
        return (inputs, problems)
    }

    private func articleFiles(in folder: String) -> [String] {
        var folder = folder
        var isFolder: ObjCBool = false
        let articles = (folder as NSString).appendingPathComponent("articles")
        if FileManager.default.fileExists(atPath: articles, isDirectory: &isFolder), isFolder.boolValue {
            folder = articles
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted().map { (folder as NSString).appendingPathComponent($0) }
    }
}
