import Foundation
import Testing
import TestSupport

/// The built `counterclaim` executable, run as a user runs it: a process with arguments,
/// standard input, output, errors and an exit status — what the in-process command tests
/// cannot see (`main.swift`, flushing, exit codes).
struct BuiltBinaryTests {
    static let draft = "Azerbaijani forces shelled Jermuk overnight, Armenia's defence ministry said.\n"

    struct Run {
        let status: Int32
        let output: String
        let errors: String
    }

    /// `swift test` builds the executable beside the tests, in `.build/debug`.
    static var binary: URL { CorpusLocation.root.appendingPathComponent(".build/debug/counterclaim") }

    static func run(_ arguments: [String], stdin: String = "") throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
            errors: String(decoding: err, as: UTF8.self))
    }

    /// Output that cannot be written — a full disk, here `/dev/full` — is said on stderr and
    /// ends the run with status 1, not a crash or a silent success.
    @Test func anOutputThatCannotBeWrittenIsReported() throws {
        guard let full = FileHandle(forWritingAtPath: "/dev/full") else { return }
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["extract", CorpusLocation.corpus.path]
        let errors = Pipe()
        process.standardOutput = full
        process.standardError = errors
        try process.run()
        let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(err.hasPrefix("counterclaim: cannot write the output: "))
    }

    @Test func theBinaryIsBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary.path), "run `swift build` first: \(Self.binary.path)")
    }

    @Test func extractReadsStandardInputAndWritesOneClaimPerLine() throws {
        let run = try Self.run(["extract", "-", "--published", "2022-09-13"], stdin: Self.draft)
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix(#"{"document":"draft","id":"draft#1","party":"armenia-mod","side":"armenia""#) == true)
        #expect(lines.first?.contains(#""rule":"indirect-speech/attack-verb-active""#) == true)
    }

    @Test func checkStrictExitsOneOnAFlagAndPrintsLintLines() throws {
        let run = try Self.run(
            ["check", "-", "--strict", "--format", "lint", "--published", "2022-09-13"], stdin: "Azerbaijani forces shelled Jermuk overnight.\n")
        #expect(run.status == 1)
        #expect(run.output.hasPrefix("-:1:1: unattributed-claim: "))
    }

    @Test func aUsageErrorExitsTwoWithTheMessageOnStandardError() throws {
        let run = try Self.run(["extract"])
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        #expect(run.errors.contains("extract needs at least one PATH"))
    }

    @Test func aMissingFileExitsOneNamingIt() throws {
        let run = try Self.run(["extract", "no-such-article.md"])
        #expect(run.status == 1)
        #expect(run.errors.contains("no-such-article.md"))
    }
}
