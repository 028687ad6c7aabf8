import Foundation
import TestSupport
import Testing

/// No input makes `extract` trap: every article of the shipped corpus and of the real-text
/// set, with each sentence's words shuffled and cut short (seeded, so a failure replays),
/// goes through the command, which must finish with status 0 or 1.
///
/// Real sentences found the traps random bytes did not ("He added, however, that …"), so the
/// words are real and only their order and length are broken.
struct ScrambledInputTests {
    /// Seed 0 runs the articles as published; the others scramble them.
    @Test(arguments: [0, 1, 2, 3] as [UInt64])
    func extractNeverTrapsOnScrambledArticles(seed: UInt64) throws {
        let folder = try CorpusLocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var generator = SplitMix64(seed: seed)
        var written = 0
        for source in [CorpusLocation.corpus] + [CorpusLocation.realdev].compactMap({ $0 }) {
            let articles = source.appendingPathComponent("articles")
            for name in try FileManager.default.contentsOfDirectory(atPath: articles.path).sorted() where name.hasSuffix(".md") {
                let text = try String(contentsOf: articles.appendingPathComponent(name), encoding: .utf8)
                let id = "s\(written)-" + name.dropLast(".md".count)
                let scrambled = seed == 0 ? Self.renamed(text, id: id) : Self.scrambled(text, id: id, using: &generator)
                try scrambled.write(to: folder.appendingPathComponent("\(id).md"), atomically: false, encoding: .utf8)
                written += 1
            }
        }
        #expect(written >= 45)
        let result = RunResult.run(["extract", folder.path, "--format", "jsonl"])
        #expect(result.status == 0 || result.status == 1, "\(result.errors)")
    }

    /// The article as published, under a new id.
    static func renamed(_ text: String, id: String) -> String {
        text.components(separatedBy: "\n").map { $0.hasPrefix("id:") ? "id: \(id)" : $0 }.joined(separator: "\n")
    }

    /// The article with its front matter kept and each body line's sentences scrambled: the
    /// words of a sentence shuffled, then cut at a random length.
    static func scrambled(_ text: String, id: String, using generator: inout SplitMix64) -> String {
        let parts = text.components(separatedBy: "\n---\n")
        guard parts.count >= 2 else { return text }
        let body = parts.dropFirst().joined(separator: "\n---\n").components(separatedBy: "\n").map { line in
            line.components(separatedBy: ". ").map { sentence -> String in
                var words = sentence.split(separator: " ").map(String.init)
                words.shuffle(using: &generator)
                let keep = words.isEmpty ? 0 : Int(generator.next() % UInt64(words.count + 1))
                return words.prefix(max(keep, 1)).joined(separator: " ")
            }.joined(separator: ". ")
        }
        // The id follows the scrambled file's name.
        let front = parts[0].components(separatedBy: "\n").map { $0.hasPrefix("id:") ? "id: \(id)" : $0 }.joined(separator: "\n")
        return front + "\n---\n" + body.joined(separator: "\n")
    }
}

/// A small seeded generator, so a scrambled corpus is the same on every run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
