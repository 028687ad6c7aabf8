import NewsText

/// A corpus folder's articles and gold labels, loaded from bytes the command line read, so
/// tests can build a corpus in memory:
///
///     let corpus = LabelledCorpus(
///         articles: [.init(source: "Corpus/articles/wire.md", bytes: article, expectedID: "wire")],
///         labels: [.init(source: "Corpus/labels/wire.json", bytes: labels, expectedID: "wire")])
///     // corpus.documents: the article with its validated gold claims
///
/// Nothing is lost to one bad file: a broken article or an invalid label file is reported
/// and its document left out, and every other document is still scored.
package struct LabelledCorpus: Sendable {
    /// One label file as read: where it came from, its bytes, and the article id its name gives.
    package struct LabelInput: Sendable {
        /// The path as the user named it, for messages.
        package let source: String
        package let bytes: [UInt8]
        /// The file name without `.json`: the id of the article it labels.
        package let expectedID: String

        package init(source: String, bytes: [UInt8], expectedID: String) {
            self.source = source
            self.bytes = bytes
            self.expectedID = expectedID
        }
    }

    /// The articles with valid labels, in article id order.
    package let documents: [LabelledDocument]
    /// Ids of the articles that have no label file; they are not scored (labels are optional).
    package let unlabelled: [String]
    /// The article files that did not load, in input order.
    package let articleProblems: [ArticleError]
    /// What looked wrong in the articles that did load (unknown front-matter keys).
    package let articleWarnings: [ArticleWarning]
    /// The problems of the label files, in label input order.
    package let labelProblems: [LabelError]

    package init(articles: [CorpusAssembler.Input], labels: [LabelInput]) {
        let assembled = CorpusAssembler.assemble(articles)
        let byID = Dictionary(assembled.articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // A label file whose article exists but failed to load is skipped quietly: the
        // article's own error already says what to fix.
        let brokenIDs = Set(articles.compactMap(\.expectedID)).subtracting(byID.keys)
        var documents: [LabelledDocument] = []
        var problems: [LabelError] = []
        for label in labels {
            guard let article = byID[label.expectedID] else {
                if !brokenIDs.contains(label.expectedID) {
                    problems.append(
                        LabelError(
                            file: label.source,
                            message: "no article '\(label.expectedID)' for this label file;"
                                + " add articles/\(label.expectedID).md or delete the label file"))
                }
                continue
            }
            do {
                let file = try LabelFile.decode(label.bytes, file: label.source)
                let (gold, errors) = LabelValidator.validate(file, source: label.source, expectedID: label.expectedID, article: article)
                if errors.isEmpty {
                    documents.append(LabelledDocument(article: article, gold: gold))
                } else {
                    problems += errors
                }
            } catch {
                problems.append(error)
            }
        }
        let labelled = Set(labels.map(\.expectedID))
        self.documents = documents.sorted { $0.article.id < $1.article.id }
        self.unlabelled = assembled.articles.map(\.id).filter { !labelled.contains($0) }.sorted()
        self.articleProblems = assembled.problems
        self.articleWarnings = assembled.warnings
        self.labelProblems = problems
    }

    /// Whether every file loaded and validated.
    package var isClean: Bool { articleProblems.isEmpty && labelProblems.isEmpty }
}
