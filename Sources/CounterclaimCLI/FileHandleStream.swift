import Foundation

/// A `TextOutputStream` over a file handle: standard output or error, or a report page's file
/// (`PageFile`).
///
/// Commands write line by line; the stream gathers up to `capacity` bytes before each system
/// call. Call `flush()` when done. A `TextOutputStream` cannot throw, so the first write that
/// fails is kept in `failure`, for the caller to report, and what comes after is dropped.
package struct FileHandleStream: TextOutputStream {
    let handle: FileHandle
    let capacity: Int
    private var pending: [UInt8] = []
    package private(set) var failure: (any Error)? = nil

    /// `capacity` 0 writes every string at once (for standard error, read as it happens).
    package init(_ handle: FileHandle, capacity: Int = 1 << 16) {
        self.handle = handle
        self.capacity = capacity
    }

    package mutating func write(_ string: String) {
        if pending.count + string.utf8.count < capacity {
            pending.append(contentsOf: string.utf8)
        } else {
            // A long string goes out as it is, neither through the buffer nor copied.
            flush()
            var string = string
            if failure == nil { failure = string.withUTF8 { Self.write(UnsafeRawBufferPointer($0), to: handle) } }
        }
    }

    package mutating func flush() {
        guard !pending.isEmpty else { return }
        if failure == nil { failure = pending.withUnsafeBytes { Self.write($0, to: handle) } }
        pending.removeAll(keepingCapacity: true)
    }

    /// Writes `bytes` to `handle`; the error of a write that failed.
    private static func write(_ bytes: UnsafeRawBufferPointer, to handle: FileHandle) -> (any Error)? {
        do {
            try handle.write(contentsOf: bytes)
            return nil
        } catch {
            return error
        }
    }
}
