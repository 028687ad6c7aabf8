/// The SHA-256 digest (FIPS 180-4) of some bytes; as lower-case hex, what `sha256sum` prints.
///
/// The report manifest records one per page, so the next run can tell a page it wrote from
/// one a user edited. Written here because Foundation has no digest on Linux and the package
/// takes no dependencies; tested against the standard's vectors.
///
///     SHA256.digest(Array("abc".utf8)).hex
///     // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
struct SHA256 {
    private var state: [UInt32] = [
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
    ]
    private var words = [UInt32](repeating: 0, count: 64)
    /// The bytes after the last whole block, fewer than 64.
    private var pending: [UInt8] = []
    private var length: UInt64 = 0

    /// A digest as its 32 bytes, not 64 characters of hex: a report keeps one for each page it
    /// writes until the manifest is written.
    struct Digest: Hashable, Sendable {
        // Four words, not an array: an array would be one more allocation a page.
        private let first, second, third, fourth: UInt64

        fileprivate init(words: [UInt32]) {
            let pair = { (index: Int) in UInt64(words[index]) << 32 | UInt64(words[index + 1]) }
            (first, second, third, fourth) = (pair(0), pair(2), pair(4), pair(6))
        }

        /// Lower-case hex, as `sha256sum` prints it; nil for anything else.
        init?(hex: some StringProtocol) {
            let digits = Array(hex.utf8)
            guard digits.count == 64 else { return nil }
            var words: [UInt64] = []
            for start in stride(from: 0, to: 64, by: 16) {
                var word: UInt64 = 0
                for digit in digits[start..<(start + 16)] {
                    guard let value = Self.value(ofDigit: digit) else { return nil }
                    word = word << 4 | value
                }
                words.append(word)
            }
            (first, second, third, fourth) = (words[0], words[1], words[2], words[3])
        }

        var hex: String {
            let digits = Array("0123456789abcdef".utf8)
            var hex: [UInt8] = []
            hex.reserveCapacity(64)
            for word in [first, second, third, fourth] {
                for shift in stride(from: 60, through: 0, by: -4) { hex.append(digits[Int((word >> UInt64(shift)) & 0xf)]) }
            }
            return String(decoding: hex, as: UTF8.self)
        }

        private static func value(ofDigit digit: UInt8) -> UInt64? {
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt64(digit - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt64(digit - UInt8(ascii: "a") + 10)
            default: nil
            }
        }
    }

    static func digest(_ bytes: [UInt8]) -> Digest {
        var digest = SHA256()
        bytes.withUnsafeBufferPointer { digest.add($0) }
        return digest.digest()
    }

    /// The digest of a text's UTF-8 bytes, read in place.
    static func digest(_ text: String) -> Digest {
        var digest = SHA256()
        digest.add(text)
        return digest.digest()
    }

    /// Adds a text's UTF-8 bytes, read in place.
    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add($0) }
    }

    /// Adds bytes to those digested so far: a page written in parts has the digest of its
    /// whole text. The whole blocks are read in place; only a block's start is kept.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        length &+= UInt64(bytes.count)
        var start = 0
        if !pending.isEmpty {
            start = min(64 - pending.count, bytes.count)
            pending += bytes[0..<start]
            guard pending.count == 64 else { return }
            let block = pending
            block.withUnsafeBufferPointer { compress($0, at: 0) }
            pending.removeAll(keepingCapacity: true)
        }
        let whole = start + (bytes.count - start) / 64 * 64
        for block in stride(from: start, to: whole, by: 64) { compress(bytes, at: block) }
        pending += bytes[whole...]
    }

    /// The digest of every byte added, as lower-case hex.
    func hex() -> String { digest().hex }

    /// The digest of every byte added.
    func digest() -> Digest {
        var finished = self
        // Padding: a 1 bit, zeros up to 56 bytes mod 64, then the length in bits, big-endian.
        var tail = pending
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        let bitCount = length &* 8
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitCount >> UInt64(shift))) }
        tail.withUnsafeBufferPointer { buffer in
            for block in stride(from: 0, to: buffer.count, by: 64) { finished.compress(buffer, at: block) }
        }
        return Digest(words: finished.state)
    }

    /// One round of the compression function over the 64 bytes at `block`.
    private mutating func compress(_ message: UnsafeBufferPointer<UInt8>, at block: Int) {
        for i in 0..<16 {
            let at = block + 4 * i
            words[i] = UInt32(message[at]) << 24 | UInt32(message[at + 1]) << 16 | UInt32(message[at + 2]) << 8 | UInt32(message[at + 3])
        }
        for i in 16..<64 {
            let s0 = Self.rotate(words[i - 15], 7) ^ Self.rotate(words[i - 15], 18) ^ (words[i - 15] >> 3)
            let s1 = Self.rotate(words[i - 2], 17) ^ Self.rotate(words[i - 2], 19) ^ (words[i - 2] >> 10)
            words[i] = words[i - 16] &+ s0 &+ words[i - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, h) = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
        for i in 0..<64 {
            let t1 =
                h &+ (Self.rotate(e, 6) ^ Self.rotate(e, 11) ^ Self.rotate(e, 25)) &+ ((e & f) ^ (~e & g)) &+ Self.roundConstants[i]
                &+ words[i]
            let t2 = (Self.rotate(a, 2) ^ Self.rotate(a, 13) ^ Self.rotate(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
            (h, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
        }
        state[0] &+= a
        state[1] &+= b
        state[2] &+= c
        state[3] &+= d
        state[4] &+= e
        state[5] &+= f
        state[6] &+= g
        state[7] &+= h
    }

    private static func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
        value >> count | value << (32 - count)
    }

    /// The first 32 bits of the fractional parts of the cube roots of the first 64 primes.
    private static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]
}
