import Lexicons
import NewsText
import TestSupport
import Testing

@testable import ClaimEngine

/// A sentence and the counts a reader finds in it, each as `text → min…max` (an open end left
/// blank) or `text → vague` for a quantity with no interval.
struct CountExample: Sendable, CustomTestStringConvertible {
    let sentence: String
    let expected: [String]

    init(_ sentence: String, _ expected: [String]) {
        self.sentence = sentence
        self.expected = expected
    }

    var testDescription: String { sentence }
}

@Suite struct CountParserTests {
    let parser: CountParser

    init() throws {
        parser = try CountParser.bundled()
    }

    private func counts(_ sentence: String) -> [String] {
        let fixture = TokenFixture(sentence)
        return parser.counts(in: fixture.tokens, range: fixture.all, text: fixture.bytes).map {
            #expect(fixture.text($0.tokens) == $0.text)
            return "\($0.text) → \($0.interval.map(\.description) ?? "vague")"
        }
    }

    @Test(arguments: [
        CountExample(
            "Azerbaijan's defence ministry announces that 7 servicemen were killed and 10 wounded.",
            ["7 → 7…7", "10 → 10…10"]),
        CountExample(
            "“Thirteen servicemen were captured by the enemy and 24 are missing,” Torosyan said.",
            ["Thirteen → 13…13", "24 → 24…24"]),
        CountExample("Armenia said forty-nine of its soldiers had been killed.", ["forty-nine → 49…49"]),
        CountExample(
            "The ministry said one hundred and five servicemen had been wounded.",
            ["one hundred and five → 105…105"]),
        CountExample(
            "The Armenian side suffered heavy losses, and a dozen Armenian servicemen were taken prisoner, the ministry added.",
            ["a dozen → 12…12"]),
        CountExample(
            "Some 1,000 civilians have fled the border villages and 6,500 more are sheltering in Goris.",
            ["Some 1,000 → 900…1100", "6,500 → 6500…6500"]),
        CountExample(
            "As a result of the provocation, seven servicemen of the Azerbaijani Army were killed and two hundred thousand residents were displaced.",
            ["seven → 7…7", "two hundred thousand → 200000…200000"]),
        CountExample(
            "Aid worth 1.5 million was promised to 2 million residents.",
            ["1.5 million → 1500000…1500000", "2 million → 2000000…2000000"]),
        // An invisible mark inside a number changes nothing a reader sees.
        CountExample("Yerevan said 4\u{200B}9 soldiers were killed.", ["4\u{200B}9 → 49…49"]),
        CountExample("Yerevan said 1,\u{FEFF}000 soldiers were killed.", ["1,\u{FEFF}000 → 1000…1000"]),
    ])
    func exactNumbers(_ example: CountExample) {
        #expect(counts(example.sentence) == example.expected)
    }

    @Test(arguments: [
        CountExample(
            "Armenia's defence ministry said Azerbaijani forces shelled positions near Jermuk overnight and that nearly 50 of its soldiers had been killed.",
            ["nearly 50 → 45…49"]),
        CountExample(
            "Sources in the Armenian army said almost 100 Azerbaijani soldiers were killed in the fighting.",
            ["almost 100 → 90…99"]),
        CountExample(
            "Relatives gathered outside the ministry in Yerevan, saying about 30 Armenian conscripts were still unaccounted for.",
            ["about 30 → 27…33"]),
        CountExample(
            "By preliminary estimates, around 200 enemy servicemen were killed overnight.",
            ["around 200 → 180…220"]),
        CountExample(
            "Approximately 250 Azerbaijani servicemen had crossed into Armenian territory.",
            ["Approximately 250 → 225…275"]),
        CountExample(
            "A Russia-brokered ceasefire ended that war, and about 2,000 Russian peacekeepers now patrol the region.",
            ["about 2,000 → 1800…2200"]),
        CountExample(
            "Unofficial sources put the number of Armenian servicemen killed at more than 100.",
            ["more than 100 → 101…"]),
        CountExample("Over 1,000 civilians have fled the border villages.", ["Over 1,000 → 1001…"]),
        CountExample(
            "Azerbaijani media, citing military sources, said at least 105 Armenian servicemen had been killed.",
            ["at least 105 → 105…"]),
        CountExample(
            "Baku said up to 550 Armenian troops had been killed, while Yerevan insisted that dozens of Azerbaijani soldiers had died.",
            ["up to 550 → …550", "dozens → 24…99"]),
        CountExample("Armenia said as many as 300 soldiers were missing.", ["as many as 300 → …300"]),
        CountExample(
            "Fewer than 10 soldiers were wounded, and less than 20 were captured.",
            ["Fewer than 10 → …9", "less than 20 → …19"]),
        CountExample("Azerbaijan said more than a dozen Armenian soldiers surrendered.", ["more than a dozen → 13…"]),
        // A qualified four-digit number is a count, not a year.
        CountExample("More than 2000 soldiers were deployed to the border.", ["More than 2000 → 2001…"]),
        // "nearly N" below 10 keeps its lower end at N−1.
        CountExample("Nearly 5 civilians were hurt.", ["Nearly 5 → 4…4"]),
    ])
    func qualifiedNumbers(_ example: CountExample) {
        #expect(counts(example.sentence) == example.expected)
    }

    /// Two numbers as the bounds of one count, joined by any dash, "to", or "between … and".
    @Test(arguments: [
        CountExample("Yerevan put its losses at 45–49 soldiers killed.", ["45–49 → 45…49"]),
        CountExample("Yerevan put its losses at 45-49 soldiers killed.", ["45-49 → 45…49"]),
        CountExample("Yerevan put its losses at 45 – 49 soldiers killed.", ["45 – 49 → 45…49"]),
        CountExample("Yerevan put its losses at 45—49 soldiers killed.", ["45—49 → 45…49"]),
        CountExample("Yerevan put its losses at 45−49 soldiers killed.", ["45−49 → 45…49"]),
        CountExample("Yerevan put its losses at 45－49 soldiers killed.", ["45－49 → 45…49"]),
        CountExample("Yerevan put its losses at 45‒49 soldiers killed.", ["45‒49 → 45…49"]),
        CountExample("Baku said 20 to 30 of its troops were wounded.", ["20 to 30 → 20…30"]),
        CountExample("Baku said twenty to thirty of its troops were wounded.", ["twenty to thirty → 20…30"]),
        CountExample("Baku said between 20 and 30 of its troops were wounded.", ["between 20 and 30 → 20…30"]),
        // Not ranges: two counts, a change, years, a month and day, bounds the wrong way round.
        CountExample("Baku said 20 and 30 of its troops were wounded.", ["20 → 20…20", "30 → 30…30"]),
        CountExample("The toll rose from 20 to 30.", ["20 → 20…20", "30 → 30…30"]),
        CountExample("The conflict of 1988-1994 killed 30,000 people.", ["30,000 → 30000…30000"]),
        CountExample("Baku said 30 to 20 of its troops were wounded.", ["30 → 30…30", "20 → 20…20"]),
    ])
    func ranges(_ example: CountExample) {
        #expect(counts(example.sentence) == example.expected)
    }

    @Test(arguments: [
        CountExample(
            "Dozens of Armenian servicemen were wounded, according to Azerbaijani military experts.", ["Dozens → 24…99"]
        ),
        CountExample(
            "Hundreds of soldiers and thousands of residents fled.", ["Hundreds → 200…999", "thousands → 2000…9999"]),
        CountExample("Hundreds of thousands of people were displaced.", ["Hundreds of thousands → 200000…999999"]),
        CountExample(
            "Nagorno-Karabakh leader Arayik Harutyunyan admits that Armenian forces have lost some positions in the southern direction.",
            ["some → vague"]),
        CountExample(
            "Armenian units in the northern direction had repelled several Azerbaijani attacks.", ["several → vague"]),
        CountExample(
            "The ceasefire appears to be holding, although a few violations of the truce were reported late in the evening.",
            ["a few → vague"]),
        CountExample("Many civilians and a number of soldiers were wounded.", ["Many → vague", "a number of → vague"]),
        CountExample("Several hundred residents left Jermuk.", ["Several hundred → vague"]),
    ])
    func quantitiesWithoutANumber(_ example: CountExample) {
        #expect(counts(example.sentence) == example.expected)
    }

    @Test(arguments: [
        CountExample(
            "Armenian combat position No. 5 near Ishkhanasar came under intense fire from the Azerbaijani side.", []),
        CountExample(
            "Azerbaijani armed forces have occupied positions up to 3.5 km deep inside the sovereign territory of Armenia.",
            []),
        CountExample(
            "Secretary of the Security Council Armen Grigoryan said the Armenian side had appealed under the 1997 treaty.",
            []),
        CountExample("The region has been run by ethnic Armenians since a war that ended in 1994.", []),
        CountExample("In 2020 the fighting lasted 44 days.", []),
        CountExample("A Russia-brokered ceasefire took effect from 18:30 Moscow time (1530 GMT) on Tuesday.", []),
        CountExample("The ceasefire takes effect at 9 am Moscow time, or 0600 GMT.", []),
        CountExample("The fighting began on September 27, and Baku marks 27 September 2020 as its start.", []),
        CountExample("The EU said one Armenian serviceman was killed on 25 May.", ["one → 1…1"]),
        CountExample("The 15th brigade and the 3rd battalion withdrew.", []),
        CountExample("A 44-day war ended with a ceasefire.", []),
        CountExample("The Armenian defence ministry said two days ago that no one was hurt.", []),
        CountExample("About 550 enemy servicemen were killed in two days of fighting.", ["About 550 → 495…605"]),
        CountExample("The EU pledged $5 million in aid and 40 percent more next year.", []),
        CountExample("At 07:40, the enemy again shelled Stepanakert.", []),
        CountExample("Units advanced 5 km and held the ridge for 48 hours.", []),
        CountExample("The enemy lost its positions one after another in less than a day.", []),
    ])
    func notCounts(_ example: CountExample) {
        #expect(counts(example.sentence) == example.expected)
    }

    @Test func mentionCarriesQualifierAndBytes() throws {
        let fixture = TokenFixture("Armenia said nearly 50 soldiers died.")
        let mention = try #require(parser.counts(in: fixture.tokens, range: fixture.all, text: fixture.bytes).first)
        #expect(mention.tokens == 2..<4)
        #expect(mention.bytes == ByteRange(13, 22))
        #expect(mention.qualifier == .justBelow)
        #expect(mention.interval == CountInterval(min: 45, max: 49))
    }

    @Test(arguments: [
        (QualifierRule.justBelow, 50, CountInterval(min: 45, max: 49)),
        (.around, 50, CountInterval(min: 45, max: 55)),
        (.around, 7, CountInterval(min: 6, max: 8)),
        (.moreThan, 100, CountInterval(min: 101, max: nil)),
        (.atLeast, 105, CountInterval(min: 105, max: nil)),
        (.upTo, 550, CountInterval(min: nil, max: 550)),
        (.lessThan, 10, CountInterval(min: nil, max: 9)),
    ])
    func qualifierRules(rule: QualifierRule, n: Int, expected: CountInterval) {
        #expect(rule.interval(n) == expected)
    }

    // MARK: Lexicon data

    @Test func badRuleNameIsReportedWithItsLine() throws {
        let text = """
            # Number words for a test.
            # columns: phrase\tnumber-kind\tvalue
            two\tnumber\t2
            nearly\tqualifier\tbelow
            """
        let table = try LexiconTable(file: "my-numbers.tsv", text: text)
        let expected = LexiconError(
            file: "my-numbers.tsv", line: 4,
            message:
                "unknown qualifier rule `below`; use one of just-below, around, more-than, at-least, up-to, less-than")
        #expect(throws: expected) { try NumberLexicon(table) }
        let calendar = try LexiconTable(file: "calendar.tsv", text: "# columns: phrase\tcalendar-kind\tvalue\n")
        #expect(throws: expected) { try CountParser(numbers: table, calendar: calendar) }
    }

    @Test(arguments: [
        ("forty-nine\tnumber\t49", "a number is one word; write `forty-nine` as its parts `forty` and `nine`"),
        ("dozen\tscale\tmany", "a scale's value is a whole number above 1, e.g. `hundred\tscale\t100`; found `many`"),
        ("dozens\trange\t99..24", "a range's value is MIN..MAX with MIN ≤ MAX, e.g. `24..99`; found `99..24`"),
        ("several\tvague\t3", "a vague takes no value; write `-` in the value column, found `3`"),
        (
            "to\trange-joiner\talways",
            "a range joiner's value is `-` (joins any two numbers) or `opened` (only after a range opener); found `always`"
        ),
        (
            "score\tnumbr\t20",
            "unknown kind `numbr`; use one of number, scale, article, joiner, qualifier, range, vague, prefix, unit, not-count, range-opener, range-joiner"
        ),
        ("Two\tnumber\t2", "`Two` is already a number (numbers.tsv:2); keep one row"),
    ])
    func badNumberRowsAreReportedWithTheirLine(row: String, message: String) throws {
        let table = try LexiconTable(
            file: "numbers.tsv", text: "# columns: phrase\tnumber-kind\tvalue\ntwo\tnumber\t2\n\(row)\n")
        #expect(throws: LexiconError(file: "numbers.tsv", line: 3, message: message)) {
            try NumberLexicon(table)
        }
    }

    @Test func shippedNumbersReadEveryCardinalWord() throws {
        let lexicon = try Lexicon.bundled().numbers
        let reader = NumberReader(lexicon: lexicon)
        let words = [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ]
        for (value, word) in words.enumerated() {
            let fixture = TokenFixture(word)
            #expect(reader.read(at: 0, in: fixture.tokens, limit: 1, text: fixture.bytes)?.value == value)
        }
        for (index, tens) in ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].enumerated()
        {
            let fixture = TokenFixture("\(tens)-one")
            #expect(
                reader.read(at: 0, in: fixture.tokens, limit: 1, text: fixture.bytes)?.value == (index + 2) * 10 + 1)
        }
    }
}
