import Foundation
import NewsText
import TestSupport
import Testing

/// One tokenizer example: an input and the tokens it must produce, written `text/kind`.
struct TokenCase: Sendable, CustomTestStringConvertible {
    let input: String
    let tokens: [String]

    init(_ input: String, _ tokens: [String]) {
        self.input = input
        self.tokens = tokens
    }

    var testDescription: String { input }
}

/// The tokens of a text, written `text/kind` (`Azerbaijan/word`, `'s/possessive`).
private func tokenStrings(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return Tokenizer.tokenize(bytes).map { token in
        let text = String(decoding: bytes[token.range.start..<token.range.end], as: UTF8.self)
        return "\(text)/\(token.kind)"
    }
}

private func tokens(_ text: String) -> [Token] {
    Tokenizer.tokenize(Array(text.utf8))
}

private let words: [TokenCase] = [
    TokenCase(
        "Azerbaijan's defence ministry said",
        ["Azerbaijan/word", "'s/possessive", "defence/word", "ministry/word", "said/word"]),
    TokenCase(
        "Azerbaijan’s defence ministry said",
        ["Azerbaijan/word", "’s/possessive", "defence/word", "ministry/word", "said/word"]),
    TokenCase(
        "AZERBAIJAN'S MINISTRY", ["AZERBAIJAN/word", "'S/possessive", "MINISTRY/word"]),
    TokenCase(
        "the families of the soldiers' regiment",
        ["the/word", "families/word", "of/word", "the/word", "soldiers/word", "'/possessive", "regiment/word"]),
    TokenCase(
        "the soldiers’ bodies were returned",
        ["the/word", "soldiers/word", "’/possessive", "bodies/word", "were/word", "returned/word"]),
    TokenCase(
        "Xankəndi's residents", ["Xankəndi/word", "'s/possessive", "residents/word"]),
    TokenCase(
        "Armeniaʼs positions", ["Armenia/word", "ʼs/possessive", "positions/word"]),
    TokenCase(
        "Armenia’s and Azerbaijan’s",
        ["Armenia/word", "’s/possessive", "and/word", "Azerbaijan/word", "’s/possessive"]),
    TokenCase(
        "It's what they don't say, O'Brien wrote.",
        [
            "It/word", "'s/possessive", "what/word", "they/word", "don't/word", "say/word", ",/punctuation",
            "O'Brien/word", "wrote/word", "./punctuation",
        ]),
    TokenCase(
        "the so-called anti-terrorist operation in Nagorno-Karabakh",
        [
            "the/word", "so-called/word", "anti-terrorist/word", "operation/word", "in/word",
            "Nagorno-Karabakh/word",
        ]),
    TokenCase(
        "Nagorno\u{2011}Karabakh", ["Nagorno\u{2011}Karabakh/word"]),
    TokenCase(
        "President İlham Əliyev visited Xankəndi and Şuşa",
        [
            "President/word", "İlham/word", "Əliyev/word", "visited/word", "Xankəndi/word", "and/word",
            "Şuşa/word",
        ]),
    TokenCase(
        "Ստեփանակերտ (Stepanakert)",
        ["Ստեփանակերտ/word", "(/punctuation", "Stepanakert/word", ")/punctuation"]),
    TokenCase(
        "U.S. envoy at 6 a.m. and 9 p.m., e.g. in Jermuk",
        [
            "U.S./word", "envoy/word", "at/word", "6/number", "a.m./word", "and/word", "9/number", "p.m./word",
            ",/punctuation", "e.g./word", "in/word", "Jermuk/word",
        ]),
    TokenCase(
        "J. Borrell and Gen. Hasanov",
        [
            "J/word", "./punctuation", "Borrell/word", "and/word",
            "Gen/word", "./punctuation", "Hasanov/word",
        ]),
    TokenCase(
        "the U.S.-brokered talks", ["the/word", "U.S./word", "-/punctuation", "brokered/word", "talks/word"]),
    TokenCase(
        "Plan B.Then", ["Plan/word", "B/word", "./punctuation", "Then/word"]),
    TokenCase(
        "border.Azerbaijan's ministry",
        ["border/word", "./punctuation", "Azerbaijan/word", "'s/possessive", "ministry/word"]),
    TokenCase(
        "Su-25 jets and F-16s", ["Su-25/word", "jets/word", "and/word", "F-16s/word"]),
    TokenCase(
        "the U.S.'s position", ["the/word", "U.S./word", "'s/possessive", "position/word"]),
    TokenCase(
        "‘Azerbaijan’s troops attacked,’ he said",
        [
            "‘/punctuation", "Azerbaijan/word", "’s/possessive", "troops/word", "attacked/word", ",/punctuation",
            "’/punctuation", "he/word", "said/word",
        ]),
    TokenCase(
        "‘Armenian forces shelled our positions’, the ministry said",
        [
            "‘/punctuation", "Armenian/word", "forces/word", "shelled/word", "our/word", "positions/word",
            "’/punctuation", ",/punctuation", "the/word", "ministry/word", "said/word",
        ]),
]

private let numbers: [TokenCase] = [
    TokenCase("at 0600 GMT", ["at/word", "0600/number", "GMT/word"]),
    TokenCase("at 9.30 on", ["at/word", "9.30/number", "on/word"]),
    TokenCase("3.5 km away", ["3.5/number", "km/word", "away/word"]),
    TokenCase("a 3km strip", ["a/word", "3km/number", "strip/word"]),
    TokenCase("at 18:30 local time", ["at/word", "18:30/number", "local/word", "time/word"]),
    TokenCase("1,000 troops", ["1,000/number", "troops/word"]),
    TokenCase("on 2022-09-13.", ["on/word", "2022-09-13/number", "./punctuation"]),
    TokenCase("on 27/09/2020", ["on/word", "27/09/2020/number"]),
    TokenCase("the 15th brigade", ["the/word", "15th/number", "brigade/word"]),
    TokenCase("Sept. 13, 2022", ["Sept/word", "./punctuation", "13/number", ",/punctuation", "2022/number"]),
    TokenCase("No. 5", ["No/word", "./punctuation", "5/number"]),
    TokenCase("killed 50.", ["killed/word", "50/number", "./punctuation"]),
    TokenCase("the 1990s", ["the/word", "1990s/number"]),
    TokenCase("at 5a.m. and 10p.m.", ["at/word", "5/number", "a.m./word", "and/word", "10/number", "p.m./word"]),
]

private let punctuation: [TokenCase] = [
    TokenCase(
        "Baku — and Yerevan – disagree - again",
        ["Baku/word", "—/dash", "and/word", "Yerevan/word", "–/dash", "disagree/word", "-/dash", "again/word"]),
    TokenCase("fire -- again", ["fire/word", "--/dash", "again/word"]),
    TokenCase("2020–2022", ["2020/number", "–/dash", "2022/number"]),
    // Marks typed for a dash between numbers: figure dash, minus sign, full-width and small forms.
    TokenCase("45‒49 45−49 45－49 45﹘49 45﹣49", [
        "45/number", "‒/dash", "49/number", "45/number", "−/dash", "49/number", "45/number", "－/dash", "49/number",
        "45/number", "﹘/dash", "49/number", "45/number", "﹣/dash", "49/number",
    ]),
    TokenCase(
        "“We repelled the attack,” he said.",
        [
            "“/openQuote", "We/word", "repelled/word", "the/word", "attack/word", ",/punctuation",
            "”/closeQuote", "he/word", "said/word", "./punctuation",
        ]),
    TokenCase(
        "\"We repelled the attack,\" he said.",
        [
            "\"/openQuote", "We/word", "repelled/word", "the/word", "attack/word", ",/punctuation",
            "\"/closeQuote", "he/word", "said/word", "./punctuation",
        ]),
    TokenCase(
        "«Provocation», said Baku.",
        [
            "«/openQuote", "Provocation/word", "»/closeQuote", ",/punctuation", "said/word", "Baku/word",
            "./punctuation",
        ]),
    TokenCase(
        "the ministry said: \"Our units",
        ["the/word", "ministry/word", "said/word", ":/punctuation", "\"/openQuote", "Our/word", "units/word"]),
    TokenCase(
        "the ministry said:\"Our units",
        ["the/word", "ministry/word", "said/word", ":/punctuation", "\"/openQuote", "Our/word", "units/word"]),
    TokenCase(
        "(\"terrorists\")",
        ["(/punctuation", "\"/openQuote", "terrorists/word", "\"/closeQuote", ")/punctuation"]),
    TokenCase(
        "‘We will respond,’ he said",
        [
            "‘/punctuation", "We/word", "will/word", "respond/word", ",/punctuation", "’/punctuation", "he/word",
            "said/word",
        ]),
    TokenCase(
        "the ‘terrorists’ left", ["the/word", "‘/punctuation", "terrorists/word", "’/punctuation", "left/word"]),
    TokenCase(
        "the 'terrorists' left", ["the/word", "'/punctuation", "terrorists/word", "'/punctuation", "left/word"]),
    TokenCase("„Mir", ["„/openQuote", "Mir/word"]),
    TokenCase("Wait... what…", ["Wait/word", ".../punctuation", "what/word", "…/punctuation"]),
    TokenCase("Is it over?!", ["Is/word", "it/word", "over/word", "?/punctuation", "!/punctuation"]),
    TokenCase("(@ShStepanyan)", ["(/punctuation", "@/punctuation", "ShStepanyan/word", ")/punctuation"]),
    TokenCase("#Artsakh🇦🇲", ["#/punctuation", "Artsakh/word", "🇦/punctuation", "🇲/punctuation"]),
    TokenCase("at 25°C", ["at/word", "25/number", "°/punctuation", "C/word"]),
    TokenCase("€5 million", ["€/punctuation", "5/number", "million/word"]),
]

private let spaces: [TokenCase] = [
    TokenCase("50\u{00A0}soldiers", ["50/number", "soldiers/word"]),
    TokenCase("Sept.\u{202F}13", ["Sept/word", "./punctuation", "13/number"]),
    TokenCase("\u{FEFF}Baku \u{200B}said", ["Baku/word", "said/word"]),
    TokenCase("Baku\r\nYerevan", ["Baku/word", "Yerevan/word"]),
    TokenCase("Baku\u{2028}Yerevan\u{3000}Moscow", ["Baku/word", "Yerevan/word", "Moscow/word"]),
    TokenCase("Kara\u{00AD}bakh", ["Kara\u{00AD}bakh/word"]),
    // Invisible marks inside a word or a number stay inside it: they hide nothing.
    TokenCase("ter\u{200B}ror 4\u{200B}9", ["ter\u{200B}ror/word", "4\u{200B}9/number"]),
    TokenCase("Kara\u{034F}bakh Ar\u{180E}tsakh", ["Kara\u{034F}bakh/word", "Ar\u{180E}tsakh/word"]),
    TokenCase("\u{202E}05\u{202C} killed", ["05/number", "killed/word"]),
]

@Suite struct TokenizerTests {
    @Test("words, possessives, initialisms", arguments: words)
    func wordTokens(_ example: TokenCase) {
        #expect(tokenStrings(example.input) == example.tokens)
    }

    @Test("numbers, times and dates", arguments: numbers)
    func numberTokens(_ example: TokenCase) {
        #expect(tokenStrings(example.input) == example.tokens)
    }

    @Test("quotes, dashes and other marks", arguments: punctuation)
    func punctuationTokens(_ example: TokenCase) {
        #expect(tokenStrings(example.input) == example.tokens)
    }

    @Test("white space and invisible marks separate tokens", arguments: spaces)
    func spaceTokens(_ example: TokenCase) {
        #expect(tokenStrings(example.input) == example.tokens)
    }

    @Test func straightAndCurlyApostrophesShareKeys() {
        let straight = tokens("Azerbaijan's")
        let curly = tokens("Azerbaijan’s")
        #expect(straight.map(\.key) == curly.map(\.key))
        #expect(straight.map(\.kind) == [.word, .possessive])
        #expect(straight[1].key == TokenKey("'s"))
        #expect(tokens("soldiers’")[1].key == TokenKey("'"))
    }

    @Test func keysFoldCaseAndHyphens() {
        #expect(tokens("MINISTRY")[0].key == TokenKey("ministry"))
        #expect(tokens("Ministry")[0].key == TokenKey("ministry"))
        #expect(tokens("Nagorno\u{2011}Karabakh")[0].key == TokenKey("nagorno-karabakh"))
        #expect(tokens("Nagorno\u{2010}Karabakh")[0].key == TokenKey("nagorno-karabakh"))
        #expect(tokens("Kara\u{00AD}bakh")[0].key == TokenKey("karabakh"))
        // Every invisible mark is left out of the key, so it hides no lexicon term.
        for mark in ["\u{200B}", "\u{FEFF}", "\u{034F}", "\u{180E}", "\u{200E}", "\u{202E}", "\u{2066}", "\u{2063}"] {
            #expect(tokens("terror\(mark)ists")[0].key == TokenKey("terrorists"), "\(mark.unicodeScalars.first!.value)")
        }
    }

    @Test func visibleBytesLeaveOutInvisibleMarks() {
        let text = Array("4\u{200B}9 shel\u{00AD}led Baku".utf8)
        let tokens = Tokenizer.tokenize(text)
        #expect(tokens.map { Array($0.visibleBytes(in: text)) } == [Array("49".utf8), Array("shelled".utf8), Array("Baku".utf8)])
    }

    @Test func capitalizationSpacingAndLineStarts() {
        let tokens = tokens("Baku said\u{00A0}it.\r\n\r\n\"No,\"he said")
        #expect(tokens.map(\.isCapitalized) == [true, false, false, false, false, true, false, false, false, false])
        #expect(tokens.map(\.spaceBefore) == [true, true, true, false, true, false, false, false, false, true])
        #expect(tokens.map(\.startsLine) == [true, false, false, false, true, false, false, false, false, false])
    }

    // MARK: Nothing is lost

    /// Texts that stress the byte scanner; the corpus articles are added when there are any.
    private static let coverageTexts: [String] = [
        "",
        "   \n\r\n ",
        "Azerbaijan’s defence ministry said “49 soldiers” died.",
        "\"Our units repelled the attack. The enemy retreated,\" the ministry said.",
        "Our positions in the northern direction are under fire. — Shushan Stepanyan (@ShStepanyan) September 27, 2020",
        "İlham Əliyev visited Xankəndi\u{00A0}on 2023-10-15 at 18:30 — “a historic day”.",
        "U.S. Secretary of State Antony J. Blinken spoke at 9.30 a.m. with Lt. Col. Arayik … on No. 5.",
        "\u{FEFF}Headline without a stop\r\n\r\nSmoke rises over Stepanakert (Photo: Caucasus Wire)\r\n",
        "the soldiers' families, 'rebels', O'Brien's «views», 1,000 km², 3.5km, €5, #Artsakh🇦🇲🙏🏻",
        "Nagorno\u{2011}Karabakh\u{200D}\u{2028}Baku\u{2029}Yerevan--- - -- ‐ ... …. ?!",
        "trailing apostrophe'",
        "e.g.",
        "x\u{0301}y",
    ]

    private static func corpusBodies() throws -> [(name: String, body: [UInt8])] {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus/articles")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return try names.filter { $0.hasSuffix(".md") }.sorted().map { name in
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            let article = try ArticleParser.parse(bytes, source: name, expectedID: nil)
            return (name, article.body)
        }
    }

    /// Tokens are ordered and do not overlap, and between them lie only white space and
    /// invisible marks: every other byte of the input is inside exactly one token.
    private static func checkCoverage(_ bytes: [UInt8], name: String) {
        let tokens = Tokenizer.tokenize(bytes)
        var covered = [Bool](repeating: false, count: bytes.count)
        var previousEnd = 0
        for token in tokens {
            #expect(!token.range.isEmpty, "empty token at \(token.range) in \(name)")
            #expect(token.range.start >= previousEnd, "token \(token.range) overlaps its predecessor in \(name)")
            #expect(token.range.end <= bytes.count, "token \(token.range) runs past the end of \(name)")
            for i in token.range.start..<min(token.range.end, bytes.count) { covered[i] = true }
            previousEnd = token.range.end
        }
        var i = 0
        while i < bytes.count {
            if covered[i] {
                i += 1
                continue
            }
            var gapEnd = i
            while gapEnd < bytes.count && !covered[gapEnd] { gapEnd += 1 }
            let gap = String(decoding: bytes[i..<gapEnd], as: UTF8.self)
            let onlySpace = gap.unicodeScalars.allSatisfy {
                $0.properties.isWhitespace || $0.properties.isDefaultIgnorableCodePoint
            }
            #expect(onlySpace, "bytes \(i)..<\(gapEnd) of \(name) are in no token: \(gap.debugDescription)")
            i = gapEnd
        }
    }

    @Test func everyNonSpaceByteIsInExactlyOneToken() throws {
        for (n, text) in Self.coverageTexts.enumerated() {
            Self.checkCoverage(Array(text.utf8), name: "text \(n)")
        }
        for (name, body) in try Self.corpusBodies() {
            Self.checkCoverage(body, name: name)
        }
    }

    @Test func truncatedUTF8DoesNotRunPastTheEnd() {
        // Article bodies are validated UTF-8, but the scanner must not trap on a bad tail.
        for tail: [UInt8] in [[0xC6], [0xE2, 0x80], [0xF0, 0x9F, 0x87], [0xE2]] {
            let bytes = Array("Baku ".utf8) + tail
            let tokens = Tokenizer.tokenize(bytes)
            #expect(tokens.allSatisfy { $0.range.end <= bytes.count })
        }
    }
}
