import Testing
import TestSupport

/// Claim kinds and their values, on sentences of conflict news.
/// Published 2022-09-13, a Tuesday, unless a case says otherwise.
struct ClaimTypingTests {
    typealias Case = SentenceCase

    static let attacks: [Case] = [
        Case(
            "Armenia said its positions came under fire from Azerbaijani forces.",
            ["armenia-gov indirect attack aggressor=azerbaijan target=armenia"]),
        Case(
            "Yerevan condemned what it said were Azerbaijan's aggressive acts against Armenian villages.",
            ["armenia-gov indirect attack aggressor=azerbaijan target=armenia"]),
        Case(
            "Baku said the clashes began with Armenian provocations near Lachin.",
            ["azerbaijan-gov indirect attack aggressor=armenia target=azerbaijan"]),
        Case(
            "Azerbaijan's defence ministry denied that its troops opened fire on Armenian villages.",
            ["azerbaijan-mod indirect attack aggressor=azerbaijan target=armenia negated"]),
        Case(
            "Armenia's defence ministry said the situation on the border was calm on Tuesday morning.",
            []),
        Case(
            "Armenia's defence ministry said Azerbaijani forces launched strikes on Stepanakert at 08:10 local time on Sunday.",
            ["armenia-mod indirect attack aggressor=azerbaijan target=armenia time=04:10Z date=2022-09-11"]),
        Case(
            // A clock time with no day: the publication day; the entry's own stamp dates nothing.
            "08:50 — Azerbaijan's defence ministry says Armenian forces opened fire on its positions at around 06:00.",
            ["azerbaijan-mod indirect attack aggressor=armenia target=azerbaijan time=06:00 date=2022-09-13"]),
        Case(
            "Update, 20:00: As of 19:00, Armenia's defence ministry says the enemy is shelling Jermuk.",
            ["armenia-mod indirect attack aggressor=azerbaijan target=armenia date=2022-09-13"]),
        Case(
            "Azerbaijani forces shelled Stepanakert early this morning, launching an offensive along the entire line of contact.",
            ["narrator unattributed attack aggressor=azerbaijan target=armenia date=2022-09-13"]),
        Case(
            "Nearly 50 Armenian servicemen were killed in the first hours of the assault.",
            ["narrator unattributed casualties victim=armenia outcome=killed count=45...49"]),
        Case(
            "Residents told reporters that Azerbaijani soldiers had seized an Armenian hilltop above the village.",
            ["other indirect territory victim=armenia"]),
    ]

    static let casualties: [Case] = [
        Case(
            "Armenia's defence ministry said nearly 50 of its soldiers had been killed.",
            ["armenia-mod indirect casualties victim=armenia outcome=killed count=45...49"]),
        Case(
            "Azerbaijan's defence ministry said 7 servicemen were killed and 10 wounded.",
            [
                "azerbaijan-mod indirect casualties victim=azerbaijan outcome=killed count=7...7",
                "azerbaijan-mod indirect casualties victim=azerbaijan outcome=wounded count=10...10",
            ]),
        Case(
            "Armenia said at least 105 of its servicemen had been killed since Tuesday.",
            ["armenia-gov indirect casualties victim=armenia outcome=killed count=105... date=2022-09-13"]),
        Case(
            "The ministry in Baku said dozens of Armenian soldiers had been killed.",
            ["azerbaijan-gov indirect casualties victim=armenia outcome=killed count=24...99"]),
        Case(
            "Armenia's defence ministry said two Armenian soldiers were captured and three are missing.",
            [
                "armenia-mod indirect casualties victim=armenia outcome=captured count=2...2",
                "armenia-mod indirect casualties victim=armenia outcome=missing count=3...3",
            ]),
        Case(
            "Azerbaijan's prosecutor's office said Armenian shelling killed two Azerbaijani civilians in Tartar.",
            [
                "azerbaijan-gov indirect attack aggressor=armenia target=azerbaijan",
                "azerbaijan-gov indirect casualties victim=civilians-azerbaijan outcome=killed count=2...2",
            ]),
        Case(
            "Azerbaijan's defence ministry said its units had suffered losses.",
            []),
        Case(
            "Azerbaijan's defence ministry said one civilian was killed and three were wounded in Tartar.",
            [
                "azerbaijan-mod indirect casualties victim=civilians-azerbaijan outcome=killed count=1...1",
                "azerbaijan-mod indirect casualties victim=civilians-azerbaijan outcome=wounded count=3...3",
            ]),
        Case(
            "An Armenian missile struck the city of Ganja, killing nine civilians, Azerbaijan said.",
            [
                "azerbaijan-gov indirect attack aggressor=armenia target=azerbaijan",
                "azerbaijan-gov indirect casualties victim=civilians-azerbaijan outcome=killed count=9...9",
            ]),
        Case(
            "Karabakh Armenian officials said about 200 people on the Armenian side had been killed.",
            ["karabakh indirect casualties victim=armenia outcome=killed count=180...220"]),
        Case(
            "“Thirteen servicemen were captured by the enemy and 24 are missing,” Armenia’s defence ministry said.",
            [
                "armenia-mod direct casualties victim=armenia outcome=captured count=13...13",
                "armenia-mod direct casualties victim=armenia outcome=missing count=24...24",
            ]),
    ]

    static let territory: [Case] = [
        Case(
            "Armenia's defence ministry said Azerbaijani forces had seized two Armenian positions.",
            ["armenia-mod indirect territory victim=armenia count=2...2"]),
        Case(
            "Aliyev said the Azerbaijani army had liberated six villages in Jabrayil.",
            ["azerbaijan-gov indirect territory victim=armenia count=6...6"]),
        Case(
            "“The enemy lost its positions one after another,” Azerbaijan’s defence ministry said.",
            ["azerbaijan-mod direct territory victim=armenia"]),
    ]

    static let ceasefires: [Case] = [
        Case(
            "Russia's foreign ministry said a ceasefire had been agreed from 9 am Moscow time (0600 GMT) on Tuesday.",
            ["russia indirect ceasefire status=agreed time=06:00Z date=2022-09-13"]),
        Case(
            "Armenian officials said the truce was not being respected.",
            ["armenia-gov indirect ceasefire status=violated"]),
        Case(
            "Guterres called for an immediate ceasefire.",
            ["un indirect appeal"]),
    ]

    static let dates: [Case] = [
        Case(
            "Armenia said Azerbaijani forces attacked two days ago.",
            ["armenia-gov indirect attack aggressor=azerbaijan target=armenia date=2022-09-11"]),
        Case(
            "Baku said Armenian units had fired on its positions yesterday.",
            ["azerbaijan-gov indirect attack aggressor=armenia target=azerbaijan date=2022-09-12"]),
        Case(
            "Armenia said Azerbaijani forces shelled Jermuk last September.",
            ["armenia-gov indirect attack aggressor=azerbaijan target=armenia date=2021-09"]),
    ]

    @Test(arguments: attacks) func attackClaims(_ example: Case) throws { try check(example) }
    @Test(arguments: casualties) func casualtyClaims(_ example: Case) throws { try check(example) }
    @Test(arguments: territory) func territoryClaims(_ example: Case) throws { try check(example) }
    @Test(arguments: ceasefires) func ceasefireClaims(_ example: Case) throws { try check(example) }
    @Test(arguments: dates) func eventDates(_ example: Case) throws { try check(example) }

    @Test func unresolvedDatesWithoutPublication() throws {
        let claims = try ExtractionFixture.summaries("Armenia said Azerbaijani forces attacked on Tuesday.", published: nil)
        #expect(claims == ["armenia-gov indirect attack aggressor=azerbaijan target=armenia"])
    }
}

/// An attack told as a later phase of fighting under way is marked, so that it does not date
/// the start of the fighting.
struct ResumptionTests {
    @Test(arguments: [
        ("Karabakh said Azerbaijan's resumed offensive near Talish had been repelled.", true),
        ("Armenia said Azerbaijani forces shelled Jermuk again on Tuesday.", true),
        ("Baku said Armenian units had renewed the shelling of Tartar.", true),
        ("Armenia said Azerbaijani forces shelled Jermuk on Tuesday.", false),
    ])
    func attackIsMarkedAsResumed(sentence: String, resumes: Bool) throws {
        let claims = try ExtractionFixture.extractor().claims(in: ExtractionFixture.article(sentence))
        let attack = try #require(claims.first { $0.kind == .attack })
        #expect(attack.resumes == resumes)
    }
}

/// One count for two outcomes is marked on the claim that carries it.
struct MergedOutcomeTests {
    func merged(_ body: String) throws -> [String] {
        let article = ExtractionFixture.article(body)
        return try ExtractionFixture.extractor().claims(in: article).filter { $0.count != nil }.map { claim in
            "\(claim.outcome?.rawValue ?? "-") \(claim.count?.text ?? "") +\(claim.mergedOutcomes.map(\.rawValue).joined(separator: ","))"
        }
    }

    @Test(arguments: [
        ("The ministry in Yerevan said 14 of its soldiers were killed or went missing on Monday.", ["killed 14 +missing"]),
        ("Baku said 22 Azerbaijani soldiers had been killed and wounded.", ["killed 22 +wounded"]),
        ("Yerevan said 8 soldiers were killed and 3 went missing.", ["killed 8 +", "missing 3 +"]),
    ])
    func aCountBeforeTwoJoinedOutcomesCoversBoth(_ body: String, _ expected: [String]) throws {
        #expect(try merged(body) == expected)
    }
}
