import CounterclaimCLI

/// The outcome of one in-process run of the command line.
struct RunResult {
    let status: Int32
    let output: String
    let errors: String

    static func run(_ arguments: [String], stdin: String = "") -> RunResult {
        var output = ""
        var errors = ""
        let status = Runner(readStandardInput: { Array(stdin.utf8) }).run(arguments, output: &output, errors: &errors)
        return RunResult(status: status, output: output, errors: errors)
    }
}
