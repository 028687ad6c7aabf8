import CounterclaimCLI
import Foundation

var output = FileHandleStream(FileHandle.standardOutput)
var errors = FileHandleStream(FileHandle.standardError, capacity: 0)
let status = Runner(errorsIsTerminal: isatty(STDERR_FILENO) != 0).run(Array(CommandLine.arguments.dropFirst()), output: &output, errors: &errors)
output.flush()
if let failure = output.failure {
    errors.write("counterclaim: cannot write the output: \(failure.localizedDescription)\n")
    exit(Runner.inputFailed)
}
exit(status)
