/// "counterclaim: 1200 of 45000 articles read" on standard error, redrawn in place, while a
/// run over many articles reads them — only once the run has taken a moment (`delay`), only
/// on a terminal, and not with `--quiet`. Anything else written to standard error first
/// clears the line, so messages never land in the middle of it.
struct ProgressLine {
    /// Seconds before the first line: a short run shows nothing.
    static let delay = 1.5
    /// Seconds between redraws.
    static let interval = 0.25

    let total: Int
    /// Seconds on a clock that only goes forward.
    let clock: () -> Double
    private let start: Double
    private var shownAt: Double? = nil

    init(total: Int, clock: @escaping () -> Double) {
        self.total = total
        self.clock = clock
        start = clock()
    }

    mutating func update(done: Int, to errors: inout some TextOutputStream) {
        let now = clock()
        guard now - start >= Self.delay, shownAt.map({ now - $0 >= Self.interval }) ?? true else { return }
        errors.write("\r\u{1B}[2Kcounterclaim: \(done) of \(total) articles read")
        shownAt = now
    }

    /// Clears the line, if one is showing.
    mutating func clear(_ errors: inout some TextOutputStream) {
        guard shownAt != nil else { return }
        errors.write("\r\u{1B}[2K")
        shownAt = nil
    }
}
