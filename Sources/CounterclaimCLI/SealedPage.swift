import Reports

/// A page ready to be written: its bytes and their SHA-256 for the manifest, made where the
/// page is made — on the core that rendered it — so the one thread that writes only writes.
struct SealedPage: Sendable {
    let path: String
    let bytes: [UInt8]
    let digest: String

    init(_ page: ReportPage) {
        path = page.path
        bytes = Array(page.text.utf8)
        digest = SHA256.hex(bytes)
    }
}
