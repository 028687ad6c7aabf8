/// A baseline file that cannot be used: the gate cannot pass without one.
package struct BaselineError: Error, Equatable, Sendable, CustomStringConvertible {
    package let file: String
    package let message: String

    package init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    package var description: String { "\(file): \(message)" }
}
