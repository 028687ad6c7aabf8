/// Where the pages of a report live and how they link to each other. Ids are `[a-z0-9-]+`
/// (article ids are checked on load, incident ids are built from them), so paths need no
/// escaping.
package enum ReportLinks {
    package static let index = "README.md"

    package static func incidentPath(_ id: String) -> String { "incidents/\(id).md" }
    package static func articlePath(_ id: String) -> String { "articles/\(id).md" }
    package static let bias = "bias.md"
    package static func checkPath(_ id: String) -> String { "checks/\(id).md" }
    /// The folders a report writes pages into.
    package static let folders = ["incidents", "articles", "checks"]

    /// A link from a page in a subfolder (`incidents/`, `articles/`) to another page.
    package static func fromSubfolder(_ path: String) -> String { "../\(path)" }

    /// The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to
    /// hyphens. "Losses: Armenian forces killed — contradiction" →
    /// `losses-armenian-forces-killed--contradiction`.
    package static func anchor(_ heading: String) -> String {
        var slug = ""
        for character in heading.lowercased() {
            if character.isLetter || character.isNumber || character == "-" || character == "_" {
                slug.append(character)
            } else if character == " " {
                slug.append("-")
            }
        }
        return slug
    }
}
