@testable import CounterclaimCLI
import Foundation
import Reports
import Testing
import TestSupport
import Writers

/// The manifest a report folder keeps, and the digest it records: what `sha256sum` prints.
struct ReportManifestTests {
    /// FIPS 180-4's examples, and lengths on each side of the padding's block boundaries,
    /// checked against `sha256sum`.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (String(repeating: "a", count: 55), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (String(repeating: "a", count: 56), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (String(repeating: "a", count: 63), "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (String(repeating: "a", count: 64), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (String(repeating: "a", count: 65), "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (String(repeating: "a", count: 120), "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
        (String(repeating: "a", count: 1000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
        ("Jermuk — Ջermuk\n", "31a637078231d42c108180b25919ff9a5a1c84e2e896911c2ca3617041734fab"),
    ])
    func digest(text: String, hex: String) {
        #expect(SHA256.digest(Array(text.utf8)).hex == hex)
        #expect(SHA256.digest(text).hex == hex)  // the page text read in place
        // Held as its 32 bytes, and read back from the manifest's hex.
        #expect(SHA256.digest(text) == SHA256.Digest(hex: hex))
        #expect(SHA256.Digest(hex: hex)?.hex == hex)
        #expect(SHA256.Digest(hex: hex.uppercased()) == nil && SHA256.Digest(hex: hex.dropLast()) == nil)
        // A page streamed into its file is digested a part at a time, in parts of every size.
        for part in [1, 3, 63, 64, 65] {
            var digest = SHA256()
            let bytes = Array(text.utf8)
            for start in stride(from: 0, to: bytes.count, by: part) {
                bytes[start..<min(bytes.count, start + part)].withUnsafeBufferPointer { digest.add($0) }
            }
            #expect(digest.hex() == hex, "in parts of \(part)")
        }
    }

    /// A page written into its file as it is made holds the lines it was given, and its
    /// digest is that of the file.
    @Test func aPageFileHoldsItsLinesAndTheirDigest() throws {
        let folder = try CorpusLocation.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("page.md")
        #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
        var lines = StreamedLines(PageFile(try FileHandle(forWritingTo: file)))
        let rows = (0..<5000).map { "| row \($0) | Jermuk — Ջermuk |" }
        lines.lines(["# Page", ""] + rows + [""])
        var page = lines.output
        let digest = try page.close()
        let written = try Data(contentsOf: file)
        #expect(String(decoding: written, as: UTF8.self) == (["# Page", ""] + rows + [""]).joined(separator: "\n"))
        #expect(digest == SHA256.digest([UInt8](written)))
    }

    /// A page whose file cannot take it (a full disk: `/dev/full`) throws when closed.
    @Test func aPageThatCannotBeWrittenThrows() throws {
        guard let full = FileHandle(forWritingAtPath: "/dev/full") else { return }
        var page = PageFile(full)
        page.write(String(repeating: "| row |\n", count: 20_000))
        #expect(throws: (any Error).self) { _ = try page.close() }
    }

    @Test func aManifestReadsBackWhatItWrote() throws {
        let manifest = ReportManifest(pages: [.init(path: "README.md", text: "index\n"), .init(path: "articles/a.md", text: "")])
        #expect(
            manifest.text
                == ReportManifest.header.joined(separator: "\n") + "\n"
                + "\(SHA256.digest(Array("index\n".utf8)).hex)  README.md\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  articles/a.md\n")
        #expect(ReportManifest.parse(Array(manifest.text.utf8)) == manifest)
    }

    /// Only the tool's own manifest vouches for pages: anything else reads as none.
    @Test(arguments: [
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  README.md\n",
        "HEADER\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  ../outside.md\n",
        "HEADER\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 README.md\n",
        "HEADER\nE3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855  README.md\n",
        "HEADER\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  README.md",
    ])
    func aStrangersFileIsNoManifest(text: String) {
        let header = ReportManifest.header.joined(separator: "\n")
        #expect(ReportManifest.parse(Array(text.replacingOccurrences(of: "HEADER", with: header).utf8)) == nil)
    }
}
