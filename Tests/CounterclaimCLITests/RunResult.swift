import CounterclaimCLI
import Foundation

/// The outcome of one in-process run of the command line.
struct RunResult {
    let status: Int32
    let output: String
    let errors: String

    /// Runs in-process with `stdin` as standard input (read only up to the limit asked for, as
    /// the real reader stops) and `environment` as the process environment.
    static func run(_ arguments: [String], stdin: String = "", environment: [String: String] = [:]) -> RunResult {
        run(arguments, stdin: Array(stdin.utf8), environment: environment)
    }

    static func run(_ arguments: [String], stdin: [UInt8], environment: [String: String] = [:]) -> RunResult {
        var output = ""
        var errors = ""
        let runner = Runner(readStandardInput: { Array(stdin.prefix($0 + 1)) }, environment: environment)
        let status = runner.run(arguments, output: &output, errors: &errors)
        return RunResult(status: status, output: output, errors: errors)
    }
}

extension RunResult {
    /// Runs the built `counterclaim` binary in `folder`, for what depends on the working
    /// folder (relative paths, `--out .`), which an in-process run cannot change safely while
    /// other tests run.
    static func runBinary(_ arguments: [String], in folder: URL) throws -> RunResult {
        let process = Process()
        process.executableURL = try builtBinary()
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return RunResult(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self))
    }

    /// `counterclaim` beside the test bundle: `swift test` builds every product into the
    /// same folder.
    private static func builtBinary() throws -> URL {
        var folders = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        folders += Bundle.allBundles.filter { $0.bundlePath.hasSuffix(".xctest") }.map { $0.bundleURL.deletingLastPathComponent() }
        for folder in folders {
            let binary = folder.appendingPathComponent("counterclaim")
            if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
        }
        throw BinaryNotBuilt(searched: folders.map(\.path))
    }

    struct BinaryNotBuilt: Error, CustomStringConvertible {
        let searched: [String]
        var description: String { "no built counterclaim in \(searched.joined(separator: ", ")); run `swift build` first" }
    }
}
