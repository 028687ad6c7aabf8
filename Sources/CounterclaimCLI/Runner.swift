import ClaimEngine
import Foundation
import Lexicons
import NewsText
import Pipeline
import Reports
import Writers

/// Runs one command line in-process: arguments and streams in, exit status out.
///
/// `main.swift` hands it the real process streams; tests hand it strings.
package struct Runner {
    package static let success: Int32 = 0
    package static let inputFailed: Int32 = 1
    package static let usageFailed: Int32 = 2

    /// Reads standard input, stopping one byte past the given count.
    let readStandardInput: (Int) -> [UInt8]
    let environment: [String: String]
    /// Where articles are read from; set by `run` once the environment's limit is known.
    private(set) var articleSource: ArticleSource
    /// Whether a long run shows its progress on standard error: a terminal, and no `--quiet`.
    private(set) var showsProgress: Bool
    /// Seconds on a clock that only goes forward, for the progress line.
    let clock: () -> Double

    /// `errorsIsTerminal`: whether standard error is a terminal a person watches (`main.swift`
    /// asks the system; tests and pipes leave it false, so their output never holds a
    /// progress line).
    package init(
        readStandardInput: @escaping (Int) -> [UInt8] = { ArticleSizeLimit.read(FileHandle.standardInput, upTo: $0) },
        environment: [String: String] = ProcessInfo.processInfo.environment,
        errorsIsTerminal: Bool = false,
        clock: @escaping () -> Double = { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
    ) {
        self.readStandardInput = readStandardInput
        self.environment = environment
        self.articleSource = ArticleSource(readStandardInput: readStandardInput, limit: ArticleSizeLimit())
        self.showsProgress = errorsIsTerminal
        self.clock = clock
    }

    /// Runs the command; writes results to `output` and messages to `errors`.
    package func run(_ arguments: [String], output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
        let command: Command
        let limit: ArticleSizeLimit
        // `--quiet` (or `-q`), anywhere before `--`, silences the progress line of any command.
        let optionsEnd = arguments.firstIndex(of: "--") ?? arguments.endIndex
        let quiet = arguments[..<optionsEnd].contains { $0 == "--quiet" || $0 == "-q" }
        let rest = arguments[..<optionsEnd].filter { $0 != "--quiet" && $0 != "-q" } + arguments[optionsEnd...]
        do {
            limit = try ArticleSizeLimit(environment: environment)
            command = try Command.parse(Array(rest))
        } catch {
            errors.write("counterclaim: \(error.message)\nSee 'counterclaim --help'.\n")
            return Self.usageFailed
        }
        var runner = self
        runner.articleSource = ArticleSource(readStandardInput: readStandardInput, limit: limit)
        runner.showsProgress = showsProgress && !quiet
        return runner.execute(command, output: &output, errors: &errors)
    }

    private func execute(_ command: Command, output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
        switch command {
        case .help(let topic):
            output.write(Usage.text(for: topic) ?? Usage.overview)
            return Self.success
        case .version:
            output.write(Usage.version)
            return Self.success
        case .extract(let options):
            return extract(options, output: &output, errors: &errors)
        case .eval(let options):
            return eval(options, output: &output, errors: &errors)
        case .reconcile(let options):
            return reconcile(options, output: &output, errors: &errors)
        case .report(let options):
            return report(options, output: &output, errors: &errors)
        case .check(let options):
            return check(options, output: &output, errors: &errors)
        case .bias(let options):
            return bias(options, output: &output, errors: &errors)
        case .explain(let options):
            return explain(options, output: &output, errors: &errors)
        }
    }

    private func extract(_ options: ExtractOptions, output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32 {
        guard let pipeline = pipeline(lexicons: options.lexicons, errors: &errors) else { return Self.usageFailed }
        let extractor = pipeline.extractor
        // Each article's claims are written as soon as they are read: output never waits for
        // the whole corpus.
        var jsonArray = JSONWriter()
        if options.format == .json { jsonArray.beginArray() }
        // Articles are read in parallel batches (`ParallelArticles`) and written in input order.
        // Each is rendered where it is read, on every core; the JSON array's elements are
        // rendered in order, because where its commas go depends on the articles before.
        let format = options.format
        var batches = ParallelArticles { article -> ExtractedArticle in
            guard article.body.count <= Extractor.sectionBytes else { return .long }
            let claims = extractor.claims(in: article)
            switch format {
            case .jsonl: return .rendered(ClaimJSON.lines(claims, article: article))
            case .markdown: return .rendered(ClaimTable.markdown(claims, article: article) + "\n")
            case .json: return .claims(claims)
            }
        }
        func writeJSON(_ claims: [Claim], of article: Article) {
            for claim in claims { ClaimJSON.write(claim, article: article, to: &jsonArray) }
            output.write(jsonArray.flush())
        }
        func write(_ article: Article, _ extracted: ExtractedArticle) {
            switch extracted {
            case .rendered(let text):
                output.write(text)
            case .claims(let claims):
                writeJSON(claims, of: article)
            case .long:
                var table = ClaimTable.Writer(article: article)
                if format == .markdown { output.write(table.heading) }
                extractor.forEachSection(of: article) { section in
                    switch format {
                    case .jsonl: output.write(ClaimJSON.lines(section.claims, article: article))
                    case .markdown: output.write(table.rows(section.claims))
                    case .json: writeJSON(section.claims, of: article)
                    }
                }
                if format == .markdown { output.write(table.end() + "\n") }
            }
        }
        let hadProblems = forEachArticle(paths: options.paths, published: options.published, errors: &errors) { article in
            batches.add(article, write)
        }
        batches.finish(write)
        if options.format == .json {
            jsonArray.endArray()
            output.write(jsonArray.flush() + "\n")
        }
        return hadProblems ? Self.inputFailed : Self.success
    }

    /// The pipeline of the shipped lexicons plus the user's lexicon files, or nil after
    /// reporting why not (a usage error: the files are the user's arguments).
    func pipeline(lexicons: [String], errors: inout some TextOutputStream) -> Pipeline? {
        do {
            return try Pipeline.bundled(extraLexicons: try userLexicons(lexicons))
        } catch let error as LexiconError {
            errors.write("\(error)\n")
        } catch {
            errors.write("counterclaim: \(error)\n")
        }
        return nil
    }

    /// Reads the user's lexicon files; a bad file is a usage error naming its line.
    private func userLexicons(_ paths: [String]) throws -> [LexiconTable] {
        try paths.map { path in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw LexiconError(file: path, line: 0, message: "cannot read the lexicon file")
            }
            // A Latin-1 file would otherwise load with its accented words silently garbled.
            let bytes = [UInt8](data)
            if let bad = ArticleParser.firstInvalidUTF8Offset(in: bytes, from: 0) {
                throw LexiconError(
                    file: path, line: ArticleParser.lineNumber(ofOffset: bad, in: bytes),
                    message: "invalid UTF-8 (byte at offset \(bad)); save the lexicon file as UTF-8")
            }
            return try LexiconTable(file: path, text: String(decoding: bytes, as: UTF8.self))
        }
    }
}

/// One article's part of `extract`'s output, made by the worker that read it: the rendered
/// text (JSON Lines, Markdown), or the claims, for the JSON array, which is rendered in order.
/// A long article is left to the writer, which reads it a section at a time and writes each
/// section's claims before reading the next, so neither its claims nor its output are held
/// whole.
private enum ExtractedArticle: Sendable {
    case rendered(String)
    case claims([Claim])
    case long
}
