/// The one pass of `HTMLReader`: a cursor over the page's bytes that keeps the paragraphs it
/// reads, with the container and `<article>` each sits in, and what the head says.
struct HTMLScanner {
    let bytes: [UInt8]
    private var offset = 0

    /// An open element that decides where text goes: a container (a new block of paragraphs),
    /// an `<article>`, or an element whose text is dropped.
    private struct Open {
        let name: String
        let block: Int
        let article: Int?
        let dropped: Bool
    }
    private var stack: [Open] = []
    /// How many elements of each name are on `stack`, so an end tag with none open costs O(1).
    private var openCount: [String: Int] = [:]
    private var droppedOpen = 0
    private var nextID = 1

    private struct Paragraph {
        let text: [UInt8]
        let block: Int
        let article: Int?
        let isP: Bool
        let isH1: Bool
    }
    private var paragraphs: [Paragraph] = []
    private var current: [UInt8] = []
    private var currentIsP = false
    private var currentIsH1 = false
    private var pendingSpace = false

    private var title: String?
    /// `<meta>` contents by lowercased `property`, `name` or `itemprop`; the first of each wins.
    private var meta: [String: String] = [:]
    private var canonical: String?
    private var jsonLDDate: String?
    /// The first `<time datetime>` of each `<article>`, by the article's id.
    private var articleTimes: [Int: String] = [:]

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    // MARK: - Element classes (markup of the HTML standard, not word lists)

    /// Read as raw text up to their end tag; never part of the main text.
    private static let rawText: Set<String> = ["script", "style", "template", "noscript", "textarea", "title", "iframe", "xmp"]
    /// Dropped with everything inside them.
    private static let dropped: Set<String> = ["nav", "header", "footer", "aside", "form"]
    /// Each starts a paragraph of its own.
    private static let paragraphs: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "dt", "dd", "figcaption", "pre", "caption", "address",
    ]
    /// Open a new block of paragraphs (the unit of "the largest block of `<p>`").
    private static let containers: Set<String> = [
        "html", "body", "main", "article", "section", "div", "td", "th", "figure", "center", "details",
    ]
    /// End the paragraph before them, and nothing else.
    private static let breaks: Set<String> = ["table", "tr", "thead", "tbody", "tfoot", "ul", "ol", "dl", "hr", "summary"]

    // MARK: - The pass

    mutating func run() {
        let count = bytes.count
        while offset < count {
            guard bytes[offset] == UInt8(ascii: "<") else {
                let end = bytes[offset...].firstIndex(of: UInt8(ascii: "<")) ?? count
                appendText(offset..<end, decoding: true)
                offset = end
                continue
            }
            if HTMLReader.startsWith(bytes, offset, "<!--") {
                offset = find("-->", from: offset + 4).map { $0 + 3 } ?? count
            } else if HTMLReader.startsWith(bytes, offset, "<![cdata[") {
                let start = offset + 9
                let end = find("]]>", from: start) ?? count
                appendText(start..<end, decoding: false)
                offset = min(end + 3, count)
            } else if offset + 1 < count, bytes[offset + 1] == UInt8(ascii: "!") || bytes[offset + 1] == UInt8(ascii: "?") {
                offset = skipPast(UInt8(ascii: ">"), from: offset + 2)
            } else if offset + 1 < count, bytes[offset + 1] == UInt8(ascii: "/") {
                let (name, after) = tagName(from: offset + 2)
                offset = skipPast(UInt8(ascii: ">"), from: after)
                if !name.isEmpty { end(name) }
            } else if offset + 1 < count, ASCII.isLetter(bytes[offset + 1]) {
                readStartTag()
            } else {
                appendText(offset..<offset + 1, decoding: false)
                offset += 1
            }
        }
        flush()
    }

    /// Reads `<name attr="value" …>` from `offset`, and a raw-text element's content after it.
    private mutating func readStartTag() {
        let (name, afterName) = tagName(from: offset + 1)
        var attributes: [String: String] = [:]
        let wanted = ["meta", "link", "time", "script"].contains(name)
        var i = afterName
        var selfClosing = false
        let count = bytes.count
        while i < count, bytes[i] != UInt8(ascii: ">") {
            let b = bytes[i]
            if ASCII.isSpace(b) || b == UInt8(ascii: "/") {
                selfClosing = b == UInt8(ascii: "/")
                i += 1
                continue
            }
            selfClosing = false
            let nameStart = i
            while i < count, !ASCII.isSpace(bytes[i]), bytes[i] != UInt8(ascii: "="), bytes[i] != UInt8(ascii: ">"),
                bytes[i] != UInt8(ascii: "/")
            { i += 1 }
            let attributeName = nameStart..<i
            while i < count, ASCII.isSpace(bytes[i]) { i += 1 }
            var value = i..<i
            if i < count, bytes[i] == UInt8(ascii: "=") {
                i += 1
                while i < count, ASCII.isSpace(bytes[i]) { i += 1 }
                if i < count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                    let quote = bytes[i]
                    let end = bytes[(i + 1)...].firstIndex(of: quote) ?? count
                    value = (i + 1)..<end
                    i = min(end + 1, count)
                } else {
                    let start = i
                    while i < count, !ASCII.isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">") { i += 1 }
                    value = start..<i
                }
            }
            if wanted {
                let key = String(decoding: bytes[attributeName].map(ASCII.lowercased), as: UTF8.self)
                if attributes[key] == nil { attributes[key] = cleaned(value) }
            }
        }
        offset = min(i + 1, count)
        start(name, attributes: attributes, selfClosing: selfClosing)
        if Self.rawText.contains(name) && !selfClosing { readRawText(name, attributes: attributes) }
    }

    /// Skips a raw-text element's content up to `</name`, keeping a title and a JSON-LD date.
    private mutating func readRawText(_ name: String, attributes: [String: String]) {
        let start = offset
        var end = bytes.count
        var search = offset
        while let open = bytes[search...].firstIndex(of: UInt8(ascii: "<")) {
            let after = open + 2 + name.utf8.count
            if HTMLReader.startsWith(bytes, open, "</" + name), after >= bytes.count || !ASCII.isLetter(bytes[after]) {
                end = open
                break
            }
            search = open + 1
        }
        if name == "title", title == nil { title = cleaned(start..<end) }
        if name == "script", attributes["type"]?.lowercased().contains("ld+json") == true, jsonLDDate == nil {
            jsonLDDate = jsonString(after: "\"datePublished\"", in: start..<end)
        }
        offset = end < bytes.count ? skipPast(UInt8(ascii: ">"), from: end) : end
    }

    private mutating func start(_ name: String, attributes: [String: String], selfClosing: Bool) {
        let top = stack.last
        switch name {
        case "meta":
            let key = attributes["property"] ?? attributes["name"] ?? attributes["itemprop"]
            if let key, let content = attributes["content"], meta[key.lowercased()] == nil { meta[key.lowercased()] = content }
        case "link":
            if attributes["rel"]?.lowercased() == "canonical", canonical == nil { canonical = attributes["href"] }
        case "time":
            if let article = top?.article, let date = attributes["datetime"], articleTimes[article] == nil {
                articleTimes[article] = date
            }
        case "br":
            lineBreak()
        default:
            break
        }
        if Self.dropped.contains(name) {
            flush()
            if !selfClosing {
                push(Open(name: name, block: top?.block ?? 0, article: top?.article, dropped: true))
                droppedOpen += 1
            }
        } else if Self.containers.contains(name) {
            flush()
            let id = nextID
            nextID += 1
            push(Open(name: name, block: id, article: name == "article" ? id : top?.article, dropped: false))
        } else if Self.paragraphs.contains(name) {
            flush()
            currentIsP = name == "p"
            currentIsH1 = name == "h1"
        } else if Self.breaks.contains(name) {
            flush()
        }
    }

    private mutating func end(_ name: String) {
        if Self.paragraphs.contains(name) || Self.breaks.contains(name) { flush() }
        if name == "br" { lineBreak() }
        guard openCount[name, default: 0] > 0 else { return }
        flush()
        // Elements left open inside this one end with it.
        while let open = stack.popLast() {
            openCount[open.name, default: 0] -= 1
            if open.dropped { droppedOpen -= 1 }
            if open.name == name { break }
        }
    }

    private mutating func push(_ open: Open) {
        stack.append(open)
        openCount[open.name, default: 0] += 1
    }

    // MARK: - Text

    /// Appends text, entities decoded when `decoding`, every run of white space one space.
    private mutating func appendText(_ range: Range<Int>, decoding: Bool) {
        guard droppedOpen == 0, !range.isEmpty else { return }
        var text: [UInt8] = []
        if decoding { HTMLEntity.decode(bytes, range, into: &text) } else { text = Array(bytes[range]) }
        for b in text {
            if ASCII.isSpace(b) {
                pendingSpace = !current.isEmpty && current.last != ASCII.newline
                continue
            }
            if pendingSpace { current.append(ASCII.space) }
            pendingSpace = false
            current.append(b)
        }
    }

    /// `<br>`: a line break, at most two in a row (a blank line).
    private mutating func lineBreak() {
        guard droppedOpen == 0, !current.isEmpty, !current.reversed().starts(with: [ASCII.newline, ASCII.newline]) else { return }
        current.append(ASCII.newline)
        pendingSpace = false
    }

    /// Ends the paragraph being read, keeping it when it holds any text.
    private mutating func flush() {
        while let last = current.last, ASCII.isSpace(last) { current.removeLast() }
        if !current.isEmpty {
            let top = stack.last
            paragraphs.append(
                Paragraph(text: current, block: top?.block ?? 0, article: top?.article, isP: currentIsP, isH1: currentIsH1))
        }
        current = []
        currentIsP = false
        currentIsH1 = false
        pendingSpace = false
    }

    // MARK: - The page

    func page() -> WebPage {
        let selected: [Paragraph]
        if let article = Self.largest(paragraphs, counting: { _ in true }, by: \.article) {
            selected = paragraphs.filter { $0.article == article }
        } else if let block = Self.largest(paragraphs, counting: \.isP, by: \.block) {
            selected = paragraphs.filter { $0.block == block }
        } else {
            selected = paragraphs
        }
        var text: [UInt8] = []
        for paragraph in selected {
            if !text.isEmpty { text += [ASCII.newline, ASCII.newline] }
            text += paragraph.text
        }
        let chosenArticle = selected.first?.article
        let dates = [meta["article:published_time"], meta["og:published_time"], meta["datepublished"], jsonLDDate]
            + [chosenArticle.flatMap { articleTimes[$0] }]
        return WebPage(
            text: text,
            title: [meta["og:title"], title].compactMap { $0 }.first { !$0.isEmpty },
            siteName: meta["og:site_name"].flatMap { $0.isEmpty ? nil : $0 },
            url: [meta["og:url"], canonical].compactMap { $0 }.first { !$0.isEmpty },
            published: dates.lazy.compactMap { $0.flatMap(Self.calendarDate) }.first,
            hasHeadline: selected.contains { $0.isH1 })
    }

    /// The key (an article's or a block's id) whose counted paragraphs hold the most text;
    /// the earliest on a tie; nil when no paragraph is counted under a key.
    private static func largest(
        _ paragraphs: [Paragraph], counting: (Paragraph) -> Bool, by key: (Paragraph) -> Int?
    ) -> Int? {
        var size: [Int: Int] = [:]
        for paragraph in paragraphs where counting(paragraph) {
            if let id = key(paragraph) { size[id, default: 0] += paragraph.text.count }
        }
        return size.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.first?.key
    }

    /// `2022-09-13T08:00:00+04:00` → 2022-09-13: a real date in the news years, or nil.
    private static func calendarDate(_ text: String) -> CalendarDate? {
        let day = text.trimmingSpaces.prefix(10)
        guard let date = CalendarDate(iso: day), CalendarDate.newsYears.contains(date.year) else { return nil }
        return date
    }

    // MARK: - Bytes

    /// The lowercased tag name from `start` (letters, digits, `-`, `:`), and the offset after it.
    private func tagName(from start: Int) -> (String, Int) {
        var i = start
        while i < bytes.count, ASCII.isLetter(bytes[i]) || ASCII.isDigit(bytes[i]) || bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: ":") {
            i += 1
        }
        return (String(decoding: bytes[start..<i].map(ASCII.lowercased), as: UTF8.self), i)
    }

    private func skipPast(_ byte: UInt8, from start: Int) -> Int {
        guard start < bytes.count else { return bytes.count }
        return bytes[start...].firstIndex(of: byte).map { $0 + 1 } ?? bytes.count
    }

    /// The offset of the next `needle` at or after `start`, or nil.
    private func find(_ needle: String, from start: Int) -> Int? {
        let pattern = Array(needle.utf8)
        var i = start
        while i + pattern.count <= bytes.count {
            guard let first = bytes[i...].firstIndex(of: pattern[0]), first + pattern.count <= bytes.count else { return nil }
            if bytes[first..<first + pattern.count].elementsEqual(pattern) { return first }
            i = first + 1
        }
        return nil
    }

    /// An attribute value or a title: entities decoded, white space collapsed and trimmed.
    private func cleaned(_ range: Range<Int>) -> String {
        var decoded: [UInt8] = []
        HTMLEntity.decode(bytes, range, into: &decoded)
        var text: [UInt8] = []
        var space = false
        for b in decoded {
            if ASCII.isSpace(b) {
                space = !text.isEmpty
                continue
            }
            if space { text.append(ASCII.space) }
            space = false
            text.append(b)
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The JSON string after `"key"` and a colon in the range (`"datePublished": "2022-09-13"`
    /// → `2022-09-13`), or nil.
    private func jsonString(after key: String, in range: Range<Int>) -> String? {
        let pattern = Array(key.utf8)
        var i = range.lowerBound
        while i + pattern.count <= range.upperBound {
            guard bytes[i..<i + pattern.count].elementsEqual(pattern) else {
                i += 1
                continue
            }
            var j = i + pattern.count
            while j < range.upperBound, ASCII.isSpace(bytes[j]) { j += 1 }
            guard j < range.upperBound, bytes[j] == UInt8(ascii: ":") else { return nil }
            j += 1
            while j < range.upperBound, ASCII.isSpace(bytes[j]) { j += 1 }
            guard j < range.upperBound, bytes[j] == UInt8(ascii: "\"") else { return nil }
            let end = bytes[(j + 1)..<range.upperBound].firstIndex(of: UInt8(ascii: "\"")) ?? range.upperBound
            return String(decoding: bytes[(j + 1)..<end], as: UTF8.self)
        }
        return nil
    }
}

extension String {
    /// Without leading and trailing ASCII white space.
    fileprivate var trimmingSpaces: Substring {
        let utf8 = self.utf8
        let start = utf8.firstIndex { !ASCII.isSpace($0) } ?? utf8.endIndex
        let end = utf8.lastIndex { !ASCII.isSpace($0) }.map { utf8.index(after: $0) } ?? start
        return self[start..<max(start, end)]
    }
}
