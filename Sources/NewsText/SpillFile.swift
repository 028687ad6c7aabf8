#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// A temporary file that holds what a run puts aside until it writes its output — the
/// sentences a corpus command quotes — so that they wait on disk, not in memory, and are read
/// back a few at a time as pages are written.
///
/// The file is unlinked as soon as it is made: it takes no name in the directory, and is gone
/// when the run ends, however it ends. Any thread may write and read; each write reserves its
/// own stretch of the file. This file is the one place the pipeline calls the platform's
/// file functions.
package final class SpillFile: @unchecked Sendable {
    // @unchecked: `end`, the only mutable state, is read and advanced under `reserving`;
    // writes and reads name their offsets, so they need no lock.
    private let descriptor: Int32
    private let reserving = DispatchSemaphore(value: 1)
    private var end = 0

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// A new spill file in `directory` — by default `TMPDIR`, else `/tmp` — or nil when none
    /// can be made there (no such folder, no permission): the caller keeps its bytes in memory.
    package static func temporary(in directory: String? = nil) -> SpillFile? {
        let folder = directory ?? getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array("\(folder)/counterclaim-spill-XXXXXX".utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { return nil }
        unlink(template)
        return SpillFile(descriptor: descriptor)
    }

    /// An existing file opened to spill into, or nil when it cannot be opened: for a file
    /// that refuses writes, as a full disk does (`/dev/full`).
    package static func existing(_ path: String) -> SpillFile? {
        let descriptor = open(path, O_RDWR)
        return descriptor >= 0 ? SpillFile(descriptor: descriptor) : nil
    }

    /// Writes `bytes` at the end of the file and returns where they begin, or nil when the file
    /// cannot take them (a full disk): the caller keeps them in memory instead.
    package func append(_ bytes: ArraySlice<UInt8>) -> Int? {
        reserving.wait()
        let start = end
        end += bytes.count
        reserving.signal()
        return write(bytes, at: start) ? start : nil
    }

    /// The `count` bytes written at `offset`.
    ///
    /// The bytes were written by `append`, to a file no other process can name: a failure
    /// here is the disk's, and nothing the run could do would recover them.
    package func read(at offset: Int, count: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            var done = 0
            while done < count {
                let got = pread(descriptor, buffer.baseAddress.map { $0 + done }, count - done, off_t(offset + done))
                if got < 0, errno == EINTR { continue }
                precondition(got > 0, "counterclaim: the spill file could not be read back (errno \(errno))")
                done += got
            }
            initialized = count
        }
    }

    private func write(_ piece: ArraySlice<UInt8>, at offset: Int) -> Bool {
        piece.withUnsafeBytes { bytes in
            var done = 0
            while done < bytes.count {
                let wrote = pwrite(descriptor, bytes.baseAddress.map { $0 + done }, bytes.count - done, off_t(offset + done))
                if wrote < 0, errno == EINTR { continue }
                guard wrote > 0 else { return false }
                done += wrote
            }
            return true
        }
    }
}
