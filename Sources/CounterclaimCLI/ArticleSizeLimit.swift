import Foundation
import NewsText

/// The most bytes one input file may hold — an article, a draft on standard input, a label
/// file. Reading stops one byte past it, so an endless input (`check - < /dev/zero`) is
/// refused with an error instead of filling memory; the rest of the inputs are still read.
///
/// 64 MiB by default, far above any real article; the environment variable
/// `COUNTERCLAIM_MAX_ARTICLE_MB` sets another size in whole MiB, up to 4095 (text offsets
/// are 32-bit, `Token.maxTextBytes`).
struct ArticleSizeLimit: Sendable {
    static let variable = "COUNTERCLAIM_MAX_ARTICLE_MB"
    static let defaultMegabytes = 64
    static let maxMegabytes = Token.maxTextBytes >> 20

    let bytes: Int

    init(megabytes: Int = defaultMegabytes) {
        bytes = megabytes << 20
    }

    /// The limit the environment sets, or the default.
    init(environment: [String: String]) throws(UsageError) {
        guard let value = environment[Self.variable] else {
            self.init()
            return
        }
        guard let megabytes = Int(value), (1...Self.maxMegabytes).contains(megabytes) else {
            throw UsageError("\(Self.variable)='\(value)' is not a size in MiB from 1 to \(Self.maxMegabytes); unset it for the default of \(Self.defaultMegabytes)")
        }
        self.init(megabytes: megabytes)
    }

    /// The error for an input that ran past the limit.
    func error(for source: String) -> String {
        let what = source == "-" ? "standard input holds" : "the file holds"
        return "\(what) more than \(bytes >> 20) MiB, the most one input may hold; split it, or raise the limit with \(Self.variable)"
    }

    /// Reads at most one byte past the limit from a handle.
    func read(_ handle: FileHandle) -> [UInt8] {
        Self.read(handle, upTo: bytes)
    }

    /// Reads a handle to its end or to one byte past `limit`, in chunks.
    static func read(_ handle: FileHandle, upTo limit: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        while bytes.count <= limit {
            let chunk = handle.readData(ofLength: min(1 << 20, limit + 1 - bytes.count))
            if chunk.isEmpty { break }
            bytes += chunk
        }
        return bytes
    }
}
