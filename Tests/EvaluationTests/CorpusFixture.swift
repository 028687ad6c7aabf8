import ClaimEngine
import Evaluation
import Foundation
import NewsText
import Reports
import TestSupport
import Writers

/// Corpora for the evaluation tests: the shipped one read from the repository, or small ones
/// written in a test, as the bytes the command line would read.
enum CorpusFixture {
    /// `Corpus/`, read once for all tests.
    static let shipped: Result<LabelledCorpus, any Error> = Result { try read(CorpusLocation.corpus) }

    /// A corpus of in-memory files: `articles/<id>.md` and `labels/<id>.json`, by id.
    /// The scorecard of a labelled corpus read by `extractor` (the shipped one by default).
    static func scorecard(_ corpus: LabelledCorpus, extractor: Extractor? = nil) throws -> Scorecard {
        let extractor = try extractor ?? ExtractionFixture.pipeline.get().extractor
        return Scorecard(documents: corpus.documents.map { ClaimMatcher.match(gold: $0.gold, in: extractor.analysis(of: $0.article)) })
    }

    static func corpus(articles: [String: String], labels: [String: String]) -> LabelledCorpus {
        LabelledCorpus(
            articles: articles.sorted { $0.key < $1.key }.map { id, text in
                CorpusAssembler.Input(source: "articles/\(id).md", bytes: Array(text.utf8), expectedID: id)
            },
            labels: labels.sorted { $0.key < $1.key }.map { id, text in
                LabelledCorpus.LabelInput(source: "labels/\(id).json", bytes: Array(text.utf8), expectedID: id)
            })
    }

    /// An article file: front matter, then the paragraphs.
    static func article(_ id: String, outlet: String = "Caucasus Wire", published: String = "2022-09-13", _ paragraphs: [String]) -> String {
        "---\nid: \(id)\noutlet: \(outlet)\npublished: \(published)\n---\n" + paragraphs.joined(separator: "\n\n") + "\n"
    }

    /// A label file for `document` with these claims.
    static func labels(_ document: String, _ claims: [GoldFixture]) -> String {
        "{\"document\": \"\(document)\", \"claims\": [\n" + claims.map(\.json).joined(separator: ",\n") + "\n]}\n"
    }

    private static func read(_ folder: URL) throws -> LabelledCorpus {
        func files(_ subfolder: String, _ suffix: String) throws -> [(id: String, path: String, bytes: [UInt8])] {
            let url = folder.appendingPathComponent(subfolder)
            return try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(suffix) }.sorted().map { name in
                let path = url.appendingPathComponent(name).path
                return (String(name.dropLast(suffix.count)), path, try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))))
            }
        }
        return LabelledCorpus(
            articles: try files("articles", ".md").map { CorpusAssembler.Input(source: $0.path, bytes: $0.bytes, expectedID: $0.id) },
            labels: try files("labels", ".json").map { LabelledCorpus.LabelInput(source: $0.path, bytes: $0.bytes, expectedID: $0.id) })
    }
}

/// One gold claim as a test writes it: the fields that matter, the rest as the label guide
/// would have them (side from the party, nulls elsewhere).
struct GoldFixture {
    var party: String
    var side: String?
    var mode = "indirect"
    var kind: String
    var aggressor: String?
    var target: String?
    var negated = false
    var victim: String?
    var outcome: String?
    /// `{"min": 45, "max": 49}` as written, or nil for null.
    var count: String?
    var date: String?
    var quote: String

    var json: String {
        func text(_ value: String?) -> String { value.map(JSONWriter.quoted) ?? "null" }
        let side = side ?? (party.hasPrefix("armenia-") || party == "karabakh" ? "armenia" : party.hasPrefix("azerbaijan-") ? "azerbaijan" : "third")
        return """
              {"party": \(text(party)), "side": \(text(side)), "mode": \(text(mode)), "kind": \(text(kind)),
               "aggressor": \(text(aggressor)), "target": \(text(target)), "negated": \(negated),
               "victim": \(text(victim)), "outcome": \(text(outcome)), "count": \(count ?? "null"),
               "date": \(text(date)), "quote": \(text(quote))}
            """
    }
}
