import CounterclaimCLI
import Foundation

var output = FileHandleStream(FileHandle.standardOutput)
var errors = FileHandleStream(FileHandle.standardError)
exit(Runner().run(Array(CommandLine.arguments.dropFirst()), output: &output, errors: &errors))
