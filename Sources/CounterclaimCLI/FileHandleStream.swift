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
            // A long string goes out as it is rather than through the buffer.
            flush()
            send(Data(string.utf8))
        }
    }

    package mutating func flush() {
        guard !pending.isEmpty else { return }
        send(Data(pending))
        pending.removeAll(keepingCapacity: true)
    }

    private mutating func send(_ data: Data) {
        guard failure == nil else { return }
        do {
            try handle.write(contentsOf: data)
        } catch {
            failure = error
        }
    }
}
