import CounterclaimCLI
import Foundation

var output = FileHandleStream(FileHandle.standardOutput)
var errors = FileHandleStream(FileHandle.standardError, capacity: 0)
let status = Runner(errorsIsTerminal: isatty(STDERR_FILENO) != 0).run(Array(CommandLine.arguments.dropFirst()), output: &output, errors: &errors)
output.flush()
exit(status)
