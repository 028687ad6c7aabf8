import NewsText
import Testing

/// An article file in the corpus format, as the command-line layer would read it.
private func input(
    _ id: String, outlet: String, published: String, body: String, folder: String = "Corpus/articles"
) -> CorpusAssembler.Input {
    let text = """
        ---
        id: \(id)
        outlet: \(outlet)
        published: \(published)
        url: https://example.org/\(id)
        ---
        \(body)

        """
    return CorpusAssembler.Input(source: "\(folder)/\(id).md", bytes: Array(text.utf8), expectedID: id)
}

@Suite struct CorpusAssemblerTests {
    @Test func brokenArticleAndDuplicateIDAreReportedAndTheRestLoads() {
        let outcome = CorpusAssembler.assemble([
            input(
                "wire-2022-09-13-border", outlet: "Caucasus Wire", published: "2022-09-13",
                body: "Armenia's defence ministry said Azerbaijani forces shelled positions near Jermuk."),
            input(
                "baku-2022-09-13-provocation", outlet: "Baku Today", published: "2022-09-31",
                body: "Azerbaijan's defence ministry said it had responded to large-scale provocations."),
            input(
                "moscow-2022-09-14-ceasefire", outlet: "Moscow Daily", published: "2022-09-14",
                body: "The Kremlin said a ceasefire had been agreed from 09:00 Moscow time."),
            input(
                "wire-2022-09-13-border", outlet: "Caucasus Wire", published: "2022-09-13",
                body: "Armenia's defence ministry said 49 of its soldiers had been killed.",
                folder: "Later/articles"),
        ])

        #expect(outcome.articles.map(\.id) == ["wire-2022-09-13-border", "moscow-2022-09-14-ceasefire"])
        #expect(
            outcome.articles.map(\.source) == [
                "Corpus/articles/wire-2022-09-13-border.md", "Corpus/articles/moscow-2022-09-14-ceasefire.md",
            ])
        #expect(
            outcome.problems.map(\.description) == [
                "Corpus/articles/baku-2022-09-13-provocation.md:4: published `2022-09-31` is not a real"
                    + " date in YYYY-MM-DD form; write e.g. `published: 2022-09-13`, or leave it empty"
                    + " if unknown",
                "Later/articles/wire-2022-09-13-border.md:2: id `wire-2022-09-13-border` is already used"
                    + " by Corpus/articles/wire-2022-09-13-border.md:2; give each article its own id",
            ])
    }

    @Test func duplicateFromStandardInputNamesTheFirstFile() {
        let piped = """
            ---
            outlet: Caucasus Wire
            id: wire-2022-09-13-border
            ---
            Armenia's defence ministry said 49 of its soldiers had been killed.
            """
        let outcome = CorpusAssembler.assemble([
            input(
                "wire-2022-09-13-border", outlet: "Caucasus Wire", published: "2022-09-13",
                body: "Armenia's defence ministry said Azerbaijani forces shelled positions near Jermuk."),
            CorpusAssembler.Input(source: "-", bytes: Array(piped.utf8), expectedID: nil),
        ])
        #expect(outcome.articles.count == 1)
        #expect(
            outcome.problems == [
                ArticleError(
                    source: "-", line: 3,
                    message: "id `wire-2022-09-13-border` is already used by"
                        + " Corpus/articles/wire-2022-09-13-border.md:2; give each article its own id")
            ])
    }

    @Test func brokenFirstArticleDoesNotClaimItsID() {
        let outcome = CorpusAssembler.assemble([
            CorpusAssembler.Input(
                source: "Corpus/articles/wire-2022-09-13-border.md",
                bytes: Array("---\nid: wire-2022-09-13-border\n---\nNo outlet.\n".utf8),
                expectedID: "wire-2022-09-13-border"),
            input(
                "wire-2022-09-13-border", outlet: "Caucasus Wire", published: "2022-09-13",
                body: "Armenia's defence ministry said 49 of its soldiers had been killed.",
                folder: "Later/articles"),
        ])
        #expect(outcome.articles.map(\.source) == ["Later/articles/wire-2022-09-13-border.md"])
        #expect(outcome.problems.map(\.line) == [1])
    }

    @Test func noInputsNoArticles() {
        let outcome = CorpusAssembler.assemble([])
        #expect(outcome.articles.isEmpty)
        #expect(outcome.problems.isEmpty)
    }

    /// Two drafts whose file names make one id: the second is refused, naming both files.
    @Test func draftsWhoseNamesMakeOneIDAreAnErrorNamingBothFiles() {
        let text = Array("Yerevan said Azerbaijani drones struck a base near Vardenis.\n".utf8)
        let outcome = CorpusAssembler.assemble([
            CorpusAssembler.Input(source: "desk/Vardenis Strike.md", bytes: text, naming: .file("desk/Vardenis Strike.md")),
            CorpusAssembler.Input(source: "desk/vardenis-strike.md", bytes: text, naming: .file("desk/vardenis-strike.md")),
        ])
        #expect(outcome.articles.map(\.id) == ["vardenis-strike"])
        #expect(
            outcome.problems.map(\.description) == [
                "desk/vardenis-strike.md:0: this draft's id `vardenis-strike`, made from its file name, is already used by"
                    + " desk/Vardenis Strike.md; rename one of the files, or give the draft front matter with its own `id:`"
            ])
    }

    @Test func anArticleWhoseIDADraftAlreadyTookNamesTheDraftFile() {
        let outcome = CorpusAssembler.assemble([
            CorpusAssembler.Input(source: "-", bytes: Array("Baku said Armenian units fired first.\n".utf8), naming: .standardInput),
            CorpusAssembler.Input(
                source: "desk/x.md", bytes: Array("---\nid: draft\noutlet: Desk\n---\nBaku said Armenian units fired first.\n".utf8),
                naming: .file("desk/x.md")),
        ])
        #expect(outcome.problems.map(\.description) == ["desk/x.md:2: id `draft` is already used by -; give each article its own id"])
    }
}
