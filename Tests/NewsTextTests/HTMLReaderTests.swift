import NewsText
import Testing

/// The web-page reader: main text, entities, dropped elements, and the head's title and date.
struct HTMLReaderTests {
    private func text(_ html: String) -> String {
        String(decoding: HTMLReader.read(Array(html.utf8)).text, as: UTF8.self)
    }

    @Test(arguments: [
        ("Tavush&rsquo;s &lsquo;calm&rsquo; &mdash; broken", "Tavush’s ‘calm’ — broken"),
        ("&ldquo;Fire&rdquo; at 2&ndash;3 a.m.&hellip;", "“Fire” at 2–3 a.m.…"),
        ("&#8220;Ceasefire&#8221; &#x2019;&#X2018;", "“Ceasefire” ’‘"),
        ("A &amp; B &lt;b&gt; &quot;q&quot; &apos;s&apos;", "A & B <b> \"q\" 's'"),
        ("ten&nbsp;&nbsp; soldiers", "ten soldiers"),
        ("AT&T &unknown; &#0; &#xD800; &;", "AT&T &unknown; \u{FFFD} \u{FFFD} &;"),
    ])
    func entitiesAreDecoded(html: String, expected: String) {
        #expect(text("<p>\(html)</p>") == expected)
    }

    @Test func scriptsStylesCommentsAndChromeLeakNoText() {
        let page = """
            <html><head><style>p > a::after { content: "<p>styled</p>" }</style></head><body>
            <header><p>Site header</p></header>
            <nav><ul><li>Home</li><li>World</li></ul></nav>
            <script>document.write("<p>scripted</p>"); if (a < b) {}</script>
            <!-- <p>commented out</p> -->
            <p>Baku said the road was open.</p>
            <aside><p>Related story</p></aside>
            <form><p>Subscribe</p></form>
            <footer><p>Contact us</p></footer>
            </body></html>
            """
        #expect(text(page) == "Baku said the road was open.")
    }

    @Test func theArticleIsPreferredOverLongerParagraphsElsewhere() {
        let page = """
            <body><div><p>A long paragraph of site boilerplate that is longer than the story itself, by far, truly.</p></div>
            <article><h1>Jermuk</h1><p>Yerevan said Jermuk was shelled.</p><ul><li>One</li><li>Two</li></ul></article></body>
            """
        let read = HTMLReader.read(Array(page.utf8))
        #expect(String(decoding: read.text, as: UTF8.self) == "Jermuk\n\nYerevan said Jermuk was shelled.\n\nOne\n\nTwo")
        #expect(read.hasHeadline)
    }

    @Test func withoutAnArticleTheLargestBlockOfParagraphsIsTheText() {
        let page = """
            <body><div class="teaser"><p>Short teaser.</p><p>Another.</p></div>
            <div class="story"><h2>Overnight</h2><p>Armenia said Azerbaijani forces shelled Sotk.</p>
            <blockquote>We answered fire.</blockquote><p>Baku said it only answered.</p></div></body>
            """
        #expect(text(page) == "Overnight\n\nArmenia said Azerbaijani forces shelled Sotk.\n\nWe answered fire.\n\nBaku said it only answered.")
    }

    @Test func brokenMarkupIsReadTolerantly() {
        // Unclosed <p> and <li>, `>` inside a quoted attribute, a stray end tag, CDATA, <br>.
        let page = """
            <body><p title="a > b">First line<br>second line<p>Next <b>bold</b>
            paragraph</span><ul><li>item one<li>item two</ul><p><![CDATA[x < y & z]]></p></body>
            """
        #expect(text(page) == "First line\nsecond line\n\nNext bold paragraph\n\nitem one\n\nitem two\n\nx < y & z")
    }

    @Test func anUnclosedNavEndsWithTheElementAroundIt() {
        let page = "<body><div><nav><p>Menu</div><p>Story text.</p></body>"
        #expect(text(page) == "Story text.")
    }

    @Test func theHeadGivesTitleSiteUrlAndDate() {
        let page = """
            <!DOCTYPE html><html><head><title>Sotk | Desk</title>
            <meta property="og:title" content="Shelling near Sotk &amp; Jermuk">
            <meta property="og:site_name" content="Mountain Desk">
            <link rel="canonical" href="https://example.org/sotk">
            <meta property="article:published_time" content="2022-09-13T08:00:00Z"></head>
            <body><p>Text.</p></body></html>
            """
        let read = HTMLReader.read(Array(page.utf8))
        #expect(read.title == "Shelling near Sotk & Jermuk")
        #expect(read.siteName == "Mountain Desk")
        #expect(read.url == "https://example.org/sotk")
        #expect(read.published == CalendarDate(iso: "2022-09-13"))
    }

    @Test(arguments: [
        (#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished" : "2021-11-16T10:00"}</script>"#, "2021-11-16"),
        (#"<meta name="og:published_time" content="2020-09-27">"#, "2020-09-27"),
        (#"<meta itemprop="datePublished" content="2023-09-19">"#, "2023-09-19"),
        (#"<article><header><time datetime="2022-09-14">Sep 14</time></header><p>x</p></article>"#, "2022-09-14"),
    ])
    func theDateComesFromTheUsualPlaces(markup: String, expected: String) {
        #expect(HTMLReader.read(Array("<html>\(markup)<p>Text.</p></html>".utf8)).published == CalendarDate(iso: expected))
    }

    @Test func aPageWithoutADateOrWithABadOneHasNone() {
        #expect(HTMLReader.read(Array("<html><title>T</title><p>x</p></html>".utf8)).published == nil)
        #expect(HTMLReader.read(Array(#"<html><meta property="article:published_time" content="2022-13-45"><p>x</p>"#.utf8)).published == nil)
        // A <time> outside any <article> is not the page's date.
        #expect(HTMLReader.read(Array(#"<html><p><time datetime="2022-09-14">x</time></p>"#.utf8)).published == nil)
    }

    @Test(arguments: [
        ("<!DOCTYPE html><html>", true), ("\u{FEFF}  \n<!doctype HTML>", true), ("<HTML lang=en>", true),
        ("<p>a fragment</p>", false), ("Baku said <b>so</b>.", false), ("---\nid: x\n---\n<html>", false),
    ])
    func htmlIsRecognisedByItsShape(text: String, expected: Bool) {
        #expect(HTMLReader.looksLikeHTML(Array(text.utf8)) == expected)
    }

    @Test func aWebPageBecomesAnArticleNamedAfterItsFile() throws {
        let page = """
            <!DOCTYPE html><html><head><title>Shelling near Jermuk</title></head>
            <body><p>Armenia said Jermuk was shelled.</p></body></html>
            """
        let article = try ArticleParser.parseArticleOrDraft(
            Array(page.utf8), source: "saved/Jermuk Page.html", naming: .file("saved/Jermuk Page.html"))
        #expect(article.id == "jermuk-page")
        #expect(article.outlet == "(draft)")
        #expect(article.isDraft)
        #expect(article.published == nil)
        #expect(String(decoding: article.body, as: UTF8.self) == "Shelling near Jermuk\n\nArmenia said Jermuk was shelled.")
        #expect(article.bodyFirstLine == 1)
    }

    @Test func aFileNamedHtmlIsAPageWhateverItStartsWith() throws {
        let article = try ArticleParser.parseArticleOrDraft(
            Array("<meta charset=utf-8><p>Baku said &ldquo;no&rdquo;.</p>".utf8), source: "a.htm", naming: .file("a.htm"))
        #expect(String(decoding: article.body, as: UTF8.self) == "Baku said “no”.")
        #expect(throws: ArticleError(source: "-", line: 1, message: "the web page has no text to read: no <article>, no <p> and no <title>")) {
            try ArticleParser.parseArticleOrDraft(Array("<html><script>x</script></html>".utf8), source: "-", naming: .standardInput)
        }
        // A page saved in Latin-1: the reader reads UTF-8 only.
        #expect(throws: ArticleError(source: "p.html", line: 2, message: "invalid UTF-8 (byte at offset 13); save the page as UTF-8")) {
            try ArticleParser.parseArticleOrDraft(Array("<html>\n<p>Caf".utf8) + [0xE9] + Array("</p>".utf8), source: "p.html", naming: .file("p.html"))
        }
    }

    /// Linear time: deeply nested and unclosed markup is read quickly.
    @Test func nestedAndUnclosedMarkupIsReadInLinearTime() {
        let count = 50_000
        let page = String(repeating: "<div>", count: count) + String(repeating: "</span><p>x", count: count)
        #expect(text(page).utf8.count == 3 * count - 2)
    }
}
