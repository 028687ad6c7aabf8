import Foundation

/// A report page written into its file as it is made, with the SHA-256 of its bytes for the
/// manifest (`StagedReport.stream`): a page of a clash thousands of articles tell is never
/// held whole.
struct PageFile: TextOutputStream {
    private let handle: FileHandle
    private var file: FileHandleStream
    private var digest = SHA256()

    init(_ handle: FileHandle) {
        self.handle = handle
        file = FileHandleStream(handle)
    }

    mutating func write(_ string: String) {
        digest.add(string)
        file.write(string)
    }

    /// Writes what is left and closes the file; the digest of everything written, or the
    /// error of a write that failed.
    mutating func close() throws -> SHA256.Digest {
        file.flush()
        try handle.close()
        if let failure = file.failure { throw failure }
        return digest.digest()
    }
}
