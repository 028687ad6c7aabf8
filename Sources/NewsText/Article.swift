/// One news article as published: its front matter and the bytes of its body.
///
/// The body is kept exactly as read (CRLF, curly quotes and all) so that every
/// `ByteRange` computed downstream points into the text an editor sees.
package struct Article: Sendable {
    /// The article id, `[a-z0-9-]+`: the front matter's, or a draft's name (`ArticleNaming`).
    package let id: String
    package let outlet: String
    /// The day relative dates resolve against; nil when the front matter gives none.
    package let published: CalendarDate?
    package let url: String
    /// Where the article came from, as the user named it (a path, or `-` for stdin).
    package let source: String
    /// The body's UTF-8 bytes, validated.
    package let body: [UInt8]
    /// The 1-based line of the source file on which the body starts, for messages.
    package let bodyFirstLine: Int
    /// What in the file looks like a mistake but did not stop it loading (an unknown
    /// front-matter key), for the command line to print.
    package let warnings: [ArticleWarning]
    /// Whether the text names no outlet: a draft, or a web page without `og:site_name`. Its id
    /// came from its name and its outlet is `ArticleParser.draftOutlet`.
    package let isDraft: Bool

    package init(
        id: String, outlet: String, published: CalendarDate?, url: String,
        source: String, body: [UInt8], bodyFirstLine: Int, warnings: [ArticleWarning] = [],
        isDraft: Bool = false
    ) {
        self.id = id
        self.outlet = outlet
        self.published = published
        self.url = url
        self.source = source
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.warnings = warnings
        self.isDraft = isDraft
    }

    /// The same article published on `date`: relative dates ("on Tuesday") then resolve
    /// against it.
    package func published(on date: CalendarDate) -> Article {
        Article(
            id: id, outlet: outlet, published: date, url: url, source: source, body: body, bodyFirstLine: bodyFirstLine,
            warnings: warnings, isDraft: isDraft)
    }

    /// An outlet's own name: what comes before a parenthesis or a comma, which name the site
    /// that carried the text ("Ministry of Defense of Azerbaijan (mod.gov.az)"), its source
    /// ("Shanghai Daily, source Xinhua") or a dateline ("Caucasus Post (Baku dateline)").
    package static func outletName(_ outlet: String) -> Substring {
        outlet.prefix { $0 != "(" && $0 != "," }
    }

    /// The text of a byte range of the body.
    package func text(_ range: ByteRange) -> String {
        String(decoding: body[range.start..<range.end], as: UTF8.self)
    }
}
