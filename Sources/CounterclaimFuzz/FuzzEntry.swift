import Foundation
import LibFuzzerInterface

/// The fuzz target's entry point. Built with `-DFUZZING -sanitize=fuzzer` (Tests/Fuzz/run.sh) it
/// hands its arguments to libFuzzer; in a plain build it replays files through the very
/// function libFuzzer calls, so a crash input replays under a debugger and the target compiles
/// in every build and cannot rot:
///
///     swift run CounterclaimFuzz Corpus/articles crash-3f2a…
@main
enum FuzzEntry {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
        #else
        exit(replay(Array(CommandLine.arguments.dropFirst())))
        #endif
    }

    /// Runs each file, or each file of each folder, in name order; 2 without paths, 1 when a
    /// file cannot be read. A trap ends the run; the last path printed is its input.
    static func replay(_ paths: [String]) -> Int32 {
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("usage: CounterclaimFuzz FILE|FOLDER…\n".utf8))
            return 2
        }
        var count = 0
        for file in paths.flatMap(files) {
            guard let data = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("\(file): cannot read the file\n".utf8))
                return 1
            }
            FileHandle.standardError.write(Data("\(file)\n".utf8))
            target.run([UInt8](data))
            count += 1
        }
        print("\(count) inputs, no trap")
        return 0
    }

    /// The path itself, or a folder's files in name order.
    private static func files(_ path: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().filter { !$0.hasPrefix(".") }.map { (path as NSString).appendingPathComponent($0) }
    }
}

/// Built once, before the first input: compiling the lexicons takes longer than thousands of
/// executions.
private let target: FuzzTarget = {
    do {
        return try FuzzTarget()
    } catch {
        fatalError("cannot build the fuzz target: \(error)")
    }
}()

/// What libFuzzer calls once per input. Every libFuzzer build links a `main` that calls it by
/// this name, even though ours replaces that `main`.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    target.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
