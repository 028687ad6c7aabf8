import ClaimEngine
import Lexicons
import NewsText
import Review
import Writers

/// `Reports/bias.md`: for a media researcher, one row per outlet, then each outlet's reading
/// with the figures it rests on, how the leaning is decided, and what the measures cannot tell.
///
///     let page = BiasReport.markdown(CorpusBias(reviewed: reviewed, reviewer: reviewer))
///     try page.write(to: reports.appendingPathComponent("bias.md"), atomically: true, encoding: .utf8)
///
/// After each outlet's figures come its articles, each read alone (`ArticleVerdict`), and the
/// page says what one article can and cannot show.
///
/// Outlet names and words from articles are written through `Markdown.cell`; the page is the
/// same bytes for the same input.
package enum BiasReport {
    /// The page `report` writes as `bias.md`.
    package static func markdown(_ bias: CorpusBias) -> String {
        var lines: [String] = []
        write(bias, to: &lines)
        return lines.joinedAsLines()
    }

    /// Writes the page's lines to `lines` as they are made, so a large corpus's page is never
    /// held whole, nor one outlet's section of it.
    package static func write(_ bias: CorpusBias, to lines: inout some LineSink) {
        lines.lines([
            "# Outlet bias", "",
            "\(Wording.counted(bias.outlets.count, "outlet")), \(Wording.counted(bias.articleCount, "article")). For each outlet: whose claims it reports, whose"
                + " account it adopts in its own voice, which reporting verbs it gives each side, the loaded words it"
                + " uses itself, and the sides it leaves out when other outlets quoted them. Counts come from the"
                + " extracted claims; the leaning follows from them by the rule at the end of the page.", "",
            "## Summary", "",
            "| outlet | articles | leaning | claims: Armenia / Azerbaijan / third / own voice | own voice adopts: Armenia / Azerbaijan | doubting verbs: Armenia / Azerbaijan | crediting verbs: Armenia / Azerbaijan | loaded words: Armenian / Azerbaijani | periods leaving out: Armenia / Azerbaijan |",
            "|---|---|---|---|---|---|---|---|---|",
        ])
        for outlet in bias.outlets { lines.line(summaryRow(outlet)) }
        lines.line("")
        for outlet in bias.outlets { section(outlet, to: &lines) }
        lines.lines(rule + limits)
    }

    private static func summaryRow(_ outlet: OutletBias) -> String {
        let voice = outlet.voice
        let narrator = outlet.narrator
        let verbs = { (stance: ReportingVerb.Stance) in
            Belligerent.allCases.map { side in
                let usage = outlet.verbs.side(side)
                return "\(usage.count(stance))/\(usage.statements)"
            }.joined(separator: " · ")
        }
        let cells = [
            Markdown.cell(outlet.outlet), String(outlet.articles.count), outlet.verdict.leaning.rawValue,
            "\(voice.armenia) · \(voice.azerbaijan) · \(voice.third) · \(voice.narrator)",
            "\(narrator.adopting(.armenia)) · \(narrator.adopting(.azerbaijan)) (of \(narrator.entries.count))",
            verbs(.doubt), verbs(.credence),
            "\(outlet.language.count(.armenian)) · \(outlet.language.count(.azerbaijani))",
            "\(outlet.omissions.periodsLeavingOut(.armenia)) · \(outlet.omissions.periodsLeavingOut(.azerbaijan)) (of \(outlet.omissions.periods.count))",
        ]
        return "| " + cells.joined(separator: " | ") + " |"
    }

    private static func section(_ outlet: OutletBias, to lines: inout some LineSink) {
        lines.lines([
            "## \(Markdown.cell(outlet.outlet))", "",
            "**Leaning: \(outlet.verdict.leaning.rawValue).** \(Markdown.cell(OutletBiasWording.text(outlet)))", "",
            "| measure | Armenia | Azerbaijan | points to |", "|---|---|---|---|",
        ])
        let vote = { (measure: LeaningVerdict.Measure) in outlet.verdict.vote(measure).map(\.rawValue) ?? "—" }
        lines.line("| claims reported (voice) | \(outlet.voice.armenia) | \(outlet.voice.azerbaijan) | \(vote(.voice)) |")
        lines.line(
            "| own-voice claims adopting the side's account (narrator) | \(outlet.narrator.adopting(.armenia)) |"
                + " \(outlet.narrator.adopting(.azerbaijan)) | \(vote(.narrator)) |")
        let verbCells = Belligerent.allCases.map { side in
            let usage = outlet.verbs.side(side)
            return "\(usage.count(.doubt)) doubting, \(usage.count(.credence)) crediting, of \(usage.statements)"
        }
        let asymmetry = LeaningVerdict.asymmetry(outlet.verbs).map { FixedPoint.text($0, places: 2) } ?? "n/a"
        lines.line("| reporting verbs (verbs; asymmetry \(asymmetry)) | \(verbCells[0]) | \(verbCells[1]) | \(vote(.verbs)) |")
        lines.line(
            "| loaded terms and contested names in its own voice (language) | \(outlet.language.count(.armenian)) |"
                + " \(outlet.language.count(.azerbaijani)) | \(vote(.language)) |")
        lines.line(
            "| periods leaving the side out (omissions) | \(outlet.omissions.periodsLeavingOut(.armenia)) |"
                + " \(outlet.omissions.periodsLeavingOut(.azerbaijan)) | \(vote(.omissions)) |")
        if let owner = outlet.owner {
            let cell = { (side: Belligerent) in side == owner ? "owns it" : "—" }
            lines.line("| state that owns the outlet (owner) | \(cell(.armenia)) | \(cell(.azerbaijan)) | \(vote(.owner)) |")
        }
        lines.line("")
        let words = outlet.language.words(.armenian) + outlet.language.words(.azerbaijani)
        if !words.isEmpty {
            let listed = words.map {
                "\(Markdown.cell($0.text)) ×\($0.count) (\(Wording.adjective($0.leaning))\($0.isPlace ? " name" : ""))"
            }
            lines.lines(["Loaded words in its own voice: " + listed.joined(separator: ", ") + ".", ""])
        }
        let omitted = outlet.omissions.periods.filter { !$0.leftOut.isEmpty }
        if !omitted.isEmpty {
            lines.line("Parties other outlets quoted in the same days and this outlet did not:")
            lines.line("")
            for period in omitted {
                lines.line("- \(Self.label(period)): \(period.leftOut.map(\.rawValue).joined(separator: ", "))")
            }
            lines.line("")
        }
        articles(outlet, to: &lines)
        let taking = outlet.narrator.entries.filter { $0.account != nil }
        if !taking.isEmpty {
            lines.lines(["Own-voice claims that adopt a side's account:", "", "| claim | kind | says | adopts |", "|---|---|---|---|"])
            for entry in taking {
                lines.line(
                    "| \(Markdown.cell(entry.claim.id(in: entry.document))) | \(entry.claim.kind.rawValue) | \(Markdown.cell(Wording.assertion(entry.claim))) |"
                        + " \(entry.account.map(Wording.state) ?? "") |")
            }
            lines.line("")
        }
    }

    /// Each article read alone: its leaning, the measures behind it and the reading.
    private static func articles(_ outlet: OutletBias, to lines: inout some LineSink) {
        lines.lines([
            outlet.articleBiases.count == 1 ? "Its article, read alone:" : "Its \(outlet.articleBiases.count) articles, each read alone:", "",
            "| article | leaning | points to Armenia | points to Azerbaijan | reading |", "|---|---|---|---|---|",
        ])
        for bias in outlet.articleBiases {
            let points = { (side: Belligerent) in
                let measures = bias.verdict.measures(for: side)
                return measures.isEmpty ? "—" : measures.joined(separator: ", ")
            }
            let cells = [
                Markdown.cell(bias.article), bias.verdict.leaning?.rawValue ?? "nothing to read",
                points(.armenia), points(.azerbaijan), Markdown.cell(ArticleBiasWording.text(bias, of: outlet)),
            ]
            lines.line("| " + cells.joined(separator: " | ") + " |")
        }
        lines.line("")
    }

    private static let rule = [
        "## How the leaning is decided", "",
        "Each measure votes for a side when its figures clear a bar; an outlet leans to a side with at least two votes"
            + " and at least two more than the other side, and shows none otherwise.", "",
        "| measure | votes for a side when |", "|---|---|",
        "| voice | of at least \(LeaningVerdict.minimumClaims) belligerents' claims reported, one side has at least \(LeaningVerdict.ratio) times the other's |",
        "| narrator | of at least \(LeaningVerdict.minimumAdoptions) own-voice claims that adopt an account, one side's has at least \(LeaningVerdict.ratio) times the other's |",
        "| verbs | both sides are quoted with a reporting verb, at least \(LeaningVerdict.minimumLoadedVerbs) of those verbs cast doubt or lend credence, and the asymmetry is at least \(FixedPoint.text(LeaningVerdict.minimumAsymmetry, places: 2)) either way |",
        "| language | of at least \(LeaningVerdict.minimumWords) loaded terms and contested names in its own voice, one leaning has at least \(LeaningVerdict.ratio) times the other's |",
        "| omissions | it leaves one side out of at least \(LeaningVerdict.minimumPeriods) periods and the other out of none |",
        "| owner | it is that side's state media (`state-media.tsv`): the one vote not read from its text |",
        "",
        "- **Own voice** is what the outlet writes without attributing it: not in quotation marks, not what a source is"
            + " reported to say. An official outlet's own voice is its party's and counts as that party's claims.",
        "- **Adopting an account**: saying X attacked adopts the account of X's opponent, unless X's side says so too;"
            + " a loss figure adopts the side whose figure for the same victim it matches (the ranges overlap, as in the"
            + " incident pages' findings) in the same incident, when the other side disputes it or it is the enemy's"
            + " count; lost ground adopts the only side that says so in the incident. Ceasefires and undisputed figures"
            + " take no side.",
        "- **Asymmetry** = (share of Azerbaijan's statements given a doubting verb − Armenia's) + (share of Armenia's"
            + " given a crediting verb − Azerbaijan's): positive favours Armenia. Stances come from `verbs.tsv`.",
        "- **Periods** are the incidents of the report (the reconciler's grouping of claims by days and places) that"
            + " an outlet reports; what other outlets quoted about the same incident is what it could have quoted.",
        "",
        "**One article.** Each article is also read alone, by the same measures with bars for one text: narrator at"
            + " least \(ArticleVerdict.minimumAdoptions) adoptions and language at least \(ArticleVerdict.minimumWords)"
            + " words (each with \(LeaningVerdict.ratio) times the other side's), voice and verbs as above, and"
            + " **sourcing**: at least \(ArticleVerdict.minimumSourced) claims on who attacked, the losses or lost ground,"
            + " all from one side's parties, with the other side quoted nowhere in the article. An article leans to a side"
            + " with at least two votes and two more than the other side, or when its sourcing is one-sided or its outlet"
            + " is that side's state media, and no measure points the other way. An article with no claim has nothing to read.",
        "",
    ]

    private static let limits = [
        "## What these measures cannot tell", "",
        "- **Counts, not reading.** The figures come from automatic extraction, which misreads some sentences (see"
            + " `counterclaim eval`); a handful of errors can move a small outlet's figures.",
        "- **Whether the outlet is right.** Adopting one side's account is bias only if the account is contested;"
            + " an outlet that states a verified fact in its own voice scores the same as one that repeats propaganda.",
        "- **Why a verb was chosen.** 'Claimed' is fair where a claim is unverified and the article says so; the"
            + " measure sees the word, not the reason.",
        "- **What was available.** An omission means other outlets quoted a party about the same incident and this one"
            + " did not; the party may not have spoken when the article went out.",
        "- **Selection and emphasis.** Headlines, order, photographs and the stories an outlet never runs are not measured.",
        "- **Small numbers.** A handful of articles per outlet is a pattern to read, not a statistic to publish.",
        "",
        "### What one article can and cannot show", "",
        "One article shows how that text was written: whose account of the fighting it carries, whether it tells one"
            + " side's account in its own voice, in whose words, with which verbs. It cannot show an outlet's line. The"
            + " other side may not have answered before the article went out; a series may balance it the next day; a"
            + " relayed communiqué is one-sided by nature, and says so when it names its source. An article that quotes"
            + " both sides and adopts no one's words reads no side however partisan its outlet, unless a belligerent's"
            + " state owns the outlet: what a state medium chooses to relay answers to its owner, which the text cannot"
            + " show, so such an article reads its owner's side, by its owner and not as written, unless its text points"
            + " the other way. An article with no claim about the conflict reads nothing. Read an article's leaning as a"
            + " description of the text, and an outlet's only from several of its articles.",
        "",
    ]

    /// "2022-09-13" or "2022-09-13 – 2022-09-16", then the incident.
    private static func label(_ period: Omissions.Period) -> String {
        (period.first == period.last ? period.first.description : "\(period.first) – \(period.last)") + " (\(period.incident))"
    }
}
