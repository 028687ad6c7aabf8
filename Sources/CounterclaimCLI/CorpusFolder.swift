import Evaluation
import Foundation
import NewsText

/// A corpus folder as `eval` reads it: `articles/*.md` and `labels/*.json`, each in name order.
///
/// Where `eval` reads the corpus from disk; what it reads goes to `LabelledCorpus` as bytes.
struct CorpusFolder {
    let path: String
    /// Reads the files, each within the size limit.
    let source: ArticleSource

    /// The article and label files of the folder, and the files that could not be read.
    /// Throws when the folder is not a corpus at all.
    func read() throws(ArticleError) -> (articles: [CorpusAssembler.Input], labels: [LabelledCorpus.LabelInput], problems: [ArticleError]) {
        guard ArticleSource.isFolder(path) else {
            throw ArticleError(source: path, line: 0, message: "no such folder; CORPUS is a folder with articles/ and labels/ in it")
        }
        let articles = (path as NSString).appendingPathComponent("articles")
        let labels = (path as NSString).appendingPathComponent("labels")
        guard ArticleSource.isFolder(articles) else {
            throw ArticleError(source: path, line: 0, message: "no articles/ folder; CORPUS is a folder with articles/ and labels/ in it")
        }
        guard ArticleSource.isFolder(labels) else {
            throw ArticleError(
                source: path, line: 0,
                message: "no labels/ folder; eval scores against gold labels, labels/<id>.json (see Corpus/LABELING.md)")
        }
        var problems: [ArticleError] = []
        var articleInputs: [CorpusAssembler.Input] = []
        for file in ArticleSource.files(in: articles, ending: ".md") {
            guard let bytes = source.contents(of: file, problems: &problems) else { continue }
            articleInputs.append(CorpusAssembler.Input(source: file, bytes: bytes, expectedID: ArticleSource.id(of: file, dropping: ".md")))
        }
        var labelInputs: [LabelledCorpus.LabelInput] = []
        for file in ArticleSource.files(in: labels, ending: ".json") {
            guard let bytes = source.contents(of: file, problems: &problems) else { continue }
            labelInputs.append(LabelledCorpus.LabelInput(source: file, bytes: bytes, expectedID: ArticleSource.id(of: file, dropping: ".json")))
        }
        return (articleInputs, labelInputs, problems)
    }
}
