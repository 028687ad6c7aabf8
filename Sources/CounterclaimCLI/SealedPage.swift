import Reports

/// A page ready to be written, with the SHA-256 of its bytes for the manifest, made where the
/// page is made — on the core that rendered it — so the one thread that writes only writes.
struct SealedPage: Sendable {
    let path: String
    let text: String
    let digest: String

    init(_ page: ReportPage) {
        path = page.path
        text = page.text
        digest = SHA256.hex(page.text)
    }
}
