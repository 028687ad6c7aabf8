/// Reads a saved web page as an article: its main text is the body, and its head fills what
/// front matter would hold.
///
///     <!DOCTYPE html><html><head><meta property="og:site_name" content="Caucasus Wire">
///     <meta property="article:published_time" content="2022-09-13T08:00:00Z"></head>
///     <body><article><h1>Shelling near Jermuk</h1><p>Armenia&rsquo;s defence ministry said …</p></article></body></html>
///
/// saved as `Jermuk Shelling.html` is the article `jermuk-shelling` of the outlet `Caucasus Wire`,
/// published 2022-09-13, whose body is `Shelling near Jermuk\n\nArmenia’s defence ministry said …`.
extension ArticleParser {
    /// Whether the input is a web page: a file named `*.html` or `*.htm` (any case), or any
    /// input — standard input too — that starts like one (`HTMLReader.looksLikeHTML`).
    package static func isWebPage(_ bytes: [UInt8], source: String) -> Bool {
        let name = source.lowercased()
        return name.hasSuffix(".html") || name.hasSuffix(".htm") || HTMLReader.looksLikeHTML(bytes)
    }

    /// A web page as an article. Its id is made from its name as a draft's is; its outlet is
    /// `og:site_name`, else `(draft)`; its date the page's publication date (`WebPage.published`),
    /// else none; its url `og:url` or the canonical link. The body is the extracted text, with
    /// the title (`og:title`, else `<title>`) as its first paragraph when the text has no `<h1>`
    /// of its own; byte spans and line numbers point into that text, not into the HTML.
    package static func parseWebPage(_ bytes: [UInt8], source: String, id: String = draftID) throws(ArticleError) -> Article {
        let start = try textStart(bytes, source: source, saveAs: "page")
        let page = HTMLReader.read(Array(bytes[start...]))
        var body: [UInt8] = []
        if !page.hasHeadline, let title = page.title {
            body = Array(title.utf8)
            if !page.text.isEmpty { body += [ASCII.newline, ASCII.newline] }
        }
        body += page.text
        guard !body.isEmpty else {
            throw ArticleError(
                source: source, line: 1,
                message: "the web page has no text to read: no <article>, no <p> and no <title>")
        }
        return Article(
            id: id, outlet: page.siteName ?? draftOutlet, published: page.published, url: page.url ?? "", source: source,
            body: body, bodyFirstLine: 1, isDraft: page.siteName == nil)
    }
}
