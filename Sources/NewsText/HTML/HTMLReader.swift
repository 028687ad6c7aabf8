/// Reads the main text and the head of a saved web page, in one pass over its UTF-8 bytes.
///
///     <!DOCTYPE html><html><head><title>Jermuk</title></head><body>
///     <nav><a href="/">Home</a></nav>
///     <article><h1>Shelling near Jermuk</h1>
///     <p>Armenia&rsquo;s defence ministry said Azerbaijani forces shelled Jermuk.<br>No one was hurt.</p>
///     </article><footer>&copy; Caucasus Wire</footer></body></html>
///
/// reads as `Shelling near Jermuk\n\nArmenia’s defence ministry said Azerbaijani forces
/// shelled Jermuk.\nNo one was hurt.` (a `WebPage`).
///
/// What it does:
/// - The main text is the `<article>` with the most text; without one, the block of `<p>`
///   elements with the most text, a block being the paragraphs whose nearest enclosing
///   container (`<body>`, `<main>`, `<section>`, `<div>`, `<td>`, …) is the same element.
/// - `<p>`, `<h1>`–`<h6>`, `<li>`, `<blockquote>` (and other block elements) each become a
///   paragraph, a blank line between them; `<br>` is a line break; runs of white space are one
///   space; entities are decoded (`HTMLEntity`).
/// - `<script>`, `<style>`, `<template>`, `<noscript>`, `<textarea>` are read as raw text up to
///   their end tag and never shown (a `<p>` inside one is not a paragraph); `<nav>`, `<header>`,
///   `<footer>`, `<aside>`, `<form>` are dropped with all they hold; comments `<!-- -->`,
///   `<!DOCTYPE>` and `<? ?>` are skipped; `<![CDATA[…]]>` is text, taken literally.
/// - It is tolerant: an attribute value in quotes may hold `>`; a `<p>` or `<li>` need not be
///   closed; an end tag with no open element is ignored; an element left open ends with the
///   element around it (an unclosed `<nav>` ends at `</body>`, not at the end of the file).
///   Time and memory are linear in the size of the page.
///
/// Its limits — it is not a browser:
/// - UTF-8 only: `<meta charset="windows-1252">` is not honoured (the caller rejects such bytes).
/// - No script runs and no CSS applies: text a script writes is not seen, and text hidden by
///   CSS (`display: none`) is read.
/// - White space is collapsed in `<pre>` too; tables read cell by cell, one paragraph a cell.
/// - Only the named entities of `HTMLEntity.named` are decoded; others stay as written.
/// - The implied end tags of the HTML standard are approximated: a paragraph ends at the next
///   block element's start or end tag, not by the standard's full table.
/// - A page whose story is split across many sibling `<div>`s, each with one `<p>`, and no
///   `<article>` yields only the largest of them.
package enum HTMLReader {
    /// Whether the bytes look like a web page: after an optional byte order mark and white
    /// space, they start with `<!DOCTYPE html` or `<html` (any case).
    package static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        var i = bytes.starts(with: ArticleParser.byteOrderMark) ? ArticleParser.byteOrderMark.count : 0
        while i < bytes.count, ASCII.isSpace(bytes[i]) { i += 1 }
        return startsWith(bytes, i, "<!doctype html") || startsWith(bytes, i, "<html")
    }

    /// The page's main text and head. The bytes should be valid UTF-8.
    package static func read(_ bytes: [UInt8]) -> WebPage {
        var scanner = HTMLScanner(bytes: bytes)
        scanner.run()
        return scanner.page()
    }

    /// Whether `bytes[offset...]` starts with the lowercase ASCII `prefix`, in any case.
    static func startsWith(_ bytes: [UInt8], _ offset: Int, _ prefix: String) -> Bool {
        var i = offset
        for expected in prefix.utf8 {
            guard i < bytes.count, ASCII.lowercased(bytes[i]) == expected else { return false }
            i += 1
        }
        return true
    }
}
