import Foundation

/// A report page written into its file as it is made, with the SHA-256 of its bytes for the
/// manifest (`StagedReport.stream`): a page of a clash thousands of articles tell is never
/// held whole. A `TextOutputStream` cannot throw, so a failed write is kept and thrown by
/// `close`.
struct PageFile: TextOutputStream {
    private let handle: FileHandle
    private var pending: [UInt8] = []
    private var digest = SHA256()
    private var failure: (any Error)? = nil

    init(_ handle: FileHandle) {
        self.handle = handle
        pending.reserveCapacity(Self.capacity)
    }

    private static let capacity = 1 << 16

    mutating func write(_ string: String) {
        pending.append(contentsOf: string.utf8)
        if pending.count >= Self.capacity { flush() }
    }

    /// Writes what is left and closes the file; the digest of everything written.
    mutating func close() throws -> String {
        flush()
        try handle.close()
        if let failure { throw failure }
        return digest.hex()
    }

    private mutating func flush() {
        pending.withUnsafeBufferPointer { digest.add($0) }
        if failure == nil {
            do {
                try handle.write(contentsOf: pending)
            } catch {
                failure = error
            }
        }
        pending.removeAll(keepingCapacity: true)
    }
}
