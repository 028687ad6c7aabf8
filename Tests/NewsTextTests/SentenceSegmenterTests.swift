import NewsText
import TestSupport
import Testing

/// One segmenter example: an article body and the exact texts of its sentences.
struct SentenceCase: Sendable, CustomTestStringConvertible {
    let body: String
    let sentences: [String]

    init(_ body: String, _ sentences: [String]) {
        self.body = body
        self.sentences = sentences
    }

    var testDescription: String { body.debugDescription }
}

private let abbreviations: [SentenceCase] = [
    SentenceCase(
        "U.S. Secretary of State Antony Blinken called Aliyev on Tuesday. He urged restraint.",
        ["U.S. Secretary of State Antony Blinken called Aliyev on Tuesday.", "He urged restraint."]),
    SentenceCase(
        "Gen. Zakir Hasanov visited the front. Lt. Col. Arayik Petrosyan was wounded near Jermuk.",
        ["Gen. Zakir Hasanov visited the front.", "Lt. Col. Arayik Petrosyan was wounded near Jermuk."]),
    SentenceCase(
        "Shelling began at 5 a.m. on Tuesday and stopped at 9 p.m., the ministry said. Baku denied it.",
        ["Shelling began at 5 a.m. on Tuesday and stopped at 9 p.m., the ministry said.", "Baku denied it."]),
    SentenceCase(
        "Military unit No. 5 lost 12 servicemen. The rest withdrew to Goris.",
        ["Military unit No. 5 lost 12 servicemen.", "The rest withdrew to Goris."]),
    SentenceCase(
        "Fighting resumed on Sept. 13. Armenia said 49 soldiers were killed.",
        ["Fighting resumed on Sept. 13.", "Armenia said 49 soldiers were killed."]),
    SentenceCase(
        "EU foreign policy chief J. Borrell called for calm. Both sides agreed to talks in Brussels.",
        ["EU foreign policy chief J. Borrell called for calm.", "Both sides agreed to talks in Brussels."]),
    SentenceCase(
        "Asked whether troops had crossed the border, he said no. The ministry declined to comment.",
        ["Asked whether troops had crossed the border, he said no.", "The ministry declined to comment."]),
    SentenceCase(
        "Mr. Pashinyan and Dr. Sargsyan flew to St. Petersburg. Approx. 300 people protested, vs. 200 a day earlier.",
        [
            "Mr. Pashinyan and Dr. Sargsyan flew to St. Petersburg.",
            "Approx. 300 people protested, vs. 200 a day earlier.",
        ]),
]

private let numbers: [SentenceCase] = [
    SentenceCase(
        "The attack began at 0600 GMT. Armenia says 3.5 km of territory was lost.",
        ["The attack began at 0600 GMT.", "Armenia says 3.5 km of territory was lost."]),
    SentenceCase(
        "Talks were due to start at 9.30. By 18:30 the ceasefire had collapsed.",
        ["Talks were due to start at 9.30.", "By 18:30 the ceasefire had collapsed."]),
    SentenceCase(
        "More than 1,000 people fled on 2022-09-13. The figure rose to 2,000 by Sept. 15.",
        ["More than 1,000 people fled on 2022-09-13.", "The figure rose to 2,000 by Sept. 15."]),
    SentenceCase(
        "The shelling killed four civilians. 12 more were wounded.",
        ["The shelling killed four civilians.", "12 more were wounded."]),
]

private let quotations: [SentenceCase] = [
    SentenceCase(
        "\"Our units repelled the attack. The enemy retreated,\" the ministry said.",
        ["\"Our units repelled the attack.", "The enemy retreated,\" the ministry said."]),
    SentenceCase(
        "“Our units repelled the attack. The enemy retreated,” the ministry said.",
        ["“Our units repelled the attack.", "The enemy retreated,” the ministry said."]),
    SentenceCase(
        "«Our units repelled the attack. The enemy retreated», the ministry said.",
        ["«Our units repelled the attack.", "The enemy retreated», the ministry said."]),
    SentenceCase(
        "“We will not allow provocations,” he said. “Our answer will be firm.”",
        ["“We will not allow provocations,” he said.", "“Our answer will be firm.”"]),
    SentenceCase(
        "The ministry said: \"Our positions came under fire. We responded.\" Armenia denied it.",
        ["The ministry said: \"Our positions came under fire.", "We responded.\"", "Armenia denied it."]),
    SentenceCase(
        "The ministry said:“Our positions came under fire.” Armenia denied it.",
        ["The ministry said:“Our positions came under fire.”", "Armenia denied it."]),
    SentenceCase(
        "\"Who fired first?\" he asked.", ["\"Who fired first?\" he asked."]),
    SentenceCase(
        "“Who fired first?” he asked. “Nobody knows!” she replied.",
        ["“Who fired first?” he asked.", "“Nobody knows!” she replied."]),
    SentenceCase(
        "He said the enemy had \"retreated in panic.\" The ministry agreed.",
        ["He said the enemy had \"retreated in panic.\"", "The ministry agreed."]),
    SentenceCase(
        "‘We will respond,’ he said. ‘They attacked first.’ The talks ended.",
        ["‘We will respond,’ he said.", "‘They attacked first.’", "The talks ended."]),
    SentenceCase(
        "He said: 'Stop the shelling.' Baku refused.", ["He said: 'Stop the shelling.'", "Baku refused."]),
]

private let lines: [SentenceCase] = [
    SentenceCase(
        "Azerbaijan launches 'anti-terrorist' operation in Karabakh\n\nBaku said on Tuesday it had begun an operation. Yerevan called it an attack.",
        [
            "Azerbaijan launches 'anti-terrorist' operation in Karabakh",
            "Baku said on Tuesday it had begun an operation.",
            "Yerevan called it an attack.",
        ]),
    SentenceCase(
        "Smoke rises over Stepanakert on Sunday (Photo: Caucasus Wire)\nThe shelling lasted four hours.",
        ["Smoke rises over Stepanakert on Sunday (Photo: Caucasus Wire)", "The shelling lasted four hours."]),
    SentenceCase(
        "Armenia said it lost 12 men. (Baku disputes the figure.) Talks continue.",
        ["Armenia said it lost 12 men.", "(Baku disputes the figure.)", "Talks continue."]),
    SentenceCase(
        "Our positions in the northern direction are under fire. — Shushan Stepanyan (@ShStepanyan) September 27, 2020",
        [
            "Our positions in the northern direction are under fire.",
            "— Shushan Stepanyan (@ShStepanyan) September 27, 2020",
        ]),
    SentenceCase(
        "“Our positions in the northern direction are under fire.” — Shushan Stepanyan (@ShStepanyan) September 27, 2020",
        [
            "“Our positions in the northern direction are under fire.”",
            "— Shushan Stepanyan (@ShStepanyan) September 27, 2020",
        ]),
    SentenceCase(
        "\"Our positions in the northern direction are under fire. #Artsakh\"\n— Shushan Stepanyan (@ShStepanyan) September 27, 2020",
        [
            "\"Our positions in the northern direction are under fire. #Artsakh\"",
            "— Shushan Stepanyan (@ShStepanyan) September 27, 2020",
        ]),
    SentenceCase(
        "Shelling continued along the border.Azerbaijan's ministry said it had responded.",
        ["Shelling continued along the border.", "Azerbaijan's ministry said it had responded."]),
    SentenceCase(
        "Read the statement at armenpress.am. The agency said 3 people died.",
        ["Read the statement at armenpress.am.", "The agency said 3 people died."]),
    SentenceCase(
        "The talks ended. İlham Əliyev left Brussels. Şuşa was quiet.",
        ["The talks ended.", "İlham Əliyev left Brussels.", "Şuşa was quiet."]),
    SentenceCase(
        "We waited… Then the shelling began. We will ... respond, he said.",
        ["We waited…", "Then the shelling began.", "We will ... respond, he said."]),
    SentenceCase(
        "Was it a ceasefire?! Nobody knows. Is it over? No.",
        ["Was it a ceasefire?!", "Nobody knows.", "Is it over?", "No."]),
    SentenceCase(
        "Armenia said. Baku denied.\r\n\r\nMoscow urged calm.\r\n",
        ["Armenia said.", "Baku denied.", "Moscow urged calm."]),
    SentenceCase(
        "Yerevan protested • Baku said\u{00A0}nothing. The shelling stopped.",
        ["Yerevan protested • Baku said\u{00A0}nothing.", "The shelling stopped."]),
    SentenceCase("", []),
    SentenceCase(" \n\r\n", []),
]

/// A body and the paragraph of each of its sentences.
struct ParagraphCase: Sendable, CustomTestStringConvertible {
    let body: String
    let paragraphs: [Int]

    var testDescription: String { body.debugDescription }
}

private let paragraphs: [ParagraphCase] = [
    ParagraphCase(body: "Baku said. Yerevan denied.\n\nMoscow urged calm.", paragraphs: [0, 0, 1]),
    ParagraphCase(body: "Headline\nBaku said. Yerevan denied.\nMoscow urged calm.", paragraphs: [0, 1, 1, 2]),
    ParagraphCase(
        body: "Headline\r\n\r\nBaku said. Yerevan denied.\r\n\r\n\r\nMoscow urged calm.\r\n", paragraphs: [0, 1, 1, 2]),
    ParagraphCase(body: "\n\nBaku said.\n\n", paragraphs: [0]),
    ParagraphCase(body: "Headline\u{2029}Baku said.\rYerevan denied.", paragraphs: [0, 1, 2]),
]

@Suite struct SentenceSegmenterTests {
    @Test("abbreviations and initials", arguments: abbreviations)
    func abbreviationSentences(_ example: SentenceCase) throws {
        #expect(try DocumentFixture.sentenceTexts(example.body) == example.sentences)
    }

    @Test("decimals, times and dates", arguments: numbers)
    func numberSentences(_ example: SentenceCase) throws {
        #expect(try DocumentFixture.sentenceTexts(example.body) == example.sentences)
    }

    @Test("quotations", arguments: quotations)
    func quotationSentences(_ example: SentenceCase) throws {
        #expect(try DocumentFixture.sentenceTexts(example.body) == example.sentences)
    }

    @Test("headlines, signatures, line breaks and odd spacing", arguments: lines)
    func lineSentences(_ example: SentenceCase) throws {
        #expect(try DocumentFixture.sentenceTexts(example.body) == example.sentences)
    }

    @Test("paragraph numbers count lines with text", arguments: paragraphs)
    func paragraphNumbers(_ example: ParagraphCase) throws {
        let document = try DocumentFixture.document(example.body)
        #expect(document.sentences.map(\.paragraph) == example.paragraphs)
    }

    @Test func sentencesTileTheTokens() throws {
        let document = try DocumentFixture.document(
            "“Our units repelled the attack. The enemy retreated,” the ministry said.\n\n"
                + "Gen. Hasanov said at 9.30 a.m.: \"No. 5 held.\" — Caucasus Wire")
        var next = 0
        for sentence in document.sentences {
            #expect(sentence.tokens.lowerBound == next)
            #expect(!sentence.tokens.isEmpty)
            #expect(sentence.range.start == document.tokens[sentence.tokens.lowerBound].range.start)
            #expect(sentence.range.end == document.tokens[sentence.tokens.upperBound - 1].range.end)
            next = sentence.tokens.upperBound
        }
        #expect(next == document.tokens.count)
    }

    /// A line with no sentence end is cut at a comma past the soft limit, and without one at
    /// the hard limit; the pieces still tile the tokens.
    @Test func overlongRunsAreCut() throws {
        let clause = "Armenia said Azerbaijani forces shelled Goris,"  // 7 tokens
        let withCommas = try DocumentFixture.document(Array(repeating: clause, count: 100).joined(separator: " "))
        #expect(withCommas.sentences.count > 1)
        for sentence in withCommas.sentences.dropLast() {
            #expect(sentence.tokens.count >= SentenceSegmenter.softLimit)
            #expect(sentence.tokens.count < SentenceSegmenter.softLimit + 7)
            #expect(withCommas.text(ofToken: sentence.tokens.upperBound - 1) == ",")
        }
        let withoutCommas = try DocumentFixture.document(Array(repeating: "shelling", count: 1_000).joined(separator: " "))
        #expect(withoutCommas.sentences.map(\.tokens.count) == [400, 400, 200])
    }
}

@Suite struct AbbreviationsTests {
    private static func word(_ text: String) -> Token {
        Tokenizer.tokenize(Array(text.utf8))[0]
    }

    @Test func capitalisedEntriesMatchOnlyCapitalisedWords() {
        let abbreviations = Abbreviations(words: ["No", "approx"])
        #expect(abbreviations.contains(Self.word("No")))
        #expect(abbreviations.contains(Self.word("NO")))
        #expect(!abbreviations.contains(Self.word("no")))
        #expect(abbreviations.contains(Self.word("approx")))
        #expect(abbreviations.contains(Self.word("Approx")))
        #expect(!abbreviations.contains(Self.word("Baku")))
    }
}
