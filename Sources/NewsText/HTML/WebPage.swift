/// What `HTMLReader` takes from a saved web page: its main text and what its head says.
///
///     <html><head><title>Shelling near Jermuk | Caucasus Wire</title>
///     <meta property="article:published_time" content="2022-09-13T08:00:00Z"></head>
///     <body><nav>Home</nav><article><p>Armenia&rsquo;s defence ministry said …</p></article></body></html>
///
/// reads as the text `Armenia’s defence ministry said …`, the title `Shelling near Jermuk |
/// Caucasus Wire` and the date 2022-09-13.
package struct WebPage: Sendable, Equatable {
    /// The main text, one paragraph per `<p>`, heading, list item or quote, a blank line
    /// between them and `\n` for `<br>`; entities decoded, white space collapsed.
    package var text: [UInt8]
    /// `og:title`, else `<title>`; nil when the page has neither.
    package var title: String?
    /// `og:site_name`, the outlet; nil when absent.
    package var siteName: String?
    /// `og:url`, else `<link rel="canonical">`; nil when absent.
    package var url: String?
    /// The first of `article:published_time`, `og:published_time`, `itemprop="datePublished"`,
    /// JSON-LD `"datePublished"`, and `<time datetime>` inside the chosen `<article>` that starts
    /// with a real `YYYY-MM-DD` in `CalendarDate.newsYears`; nil when none does.
    package var published: CalendarDate?
    /// Whether the main text starts with a heading of its own (an `<h1>`), so the title need not
    /// be added before it.
    package var hasHeadline: Bool
}
