/// Where a page's lines go as they are made: into an array, or through `StreamedLines` into
/// a stream — a page's file — without holding them. Both give the text `joinedAsLines()`
/// makes of the array.
package protocol LineSink {
    mutating func line(_ text: String)
}

extension LineSink {
    package mutating func lines(_ texts: some Sequence<String>) {
        for text in texts { line(text) }
    }
}

extension Array: LineSink where Element == String {
    package mutating func line(_ text: String) { append(text) }
}

/// Lines written to a text stream as they come, separated by line breaks.
package struct StreamedLines<Output: TextOutputStream>: LineSink {
    package private(set) var output: Output
    private var started = false

    package init(_ output: Output) {
        self.output = output
    }

    package mutating func line(_ text: String) {
        if started { output.write("\n") }
        started = true
        output.write(text)
    }
}
