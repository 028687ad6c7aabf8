/// A problem with one label file, located at a claim of it when it concerns one.
///
/// Its description is what `counterclaim eval` prints on stderr:
///
///     Corpus/labels/wire-2022-09-13-border.json: claim 3: unknown party 'armenia-mf'; use one of: armenia-mod, …
///
/// Claims are counted from 1 in the order of the file's `claims` array, as the extractor
/// numbers its claims. The message says what is wrong and what to do about it.
package struct LabelError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The label file as the command line named it.
    package let file: String
    /// The 1-based position of the claim in `claims`; nil for a problem of the whole file.
    package let claim: Int?
    package let message: String

    package init(file: String, claim: Int? = nil, message: String) {
        self.file = file
        self.claim = claim
        self.message = message
    }

    package var description: String {
        if let claim { "\(file): claim \(claim): \(message)" } else { "\(file): \(message)" }
    }
}
