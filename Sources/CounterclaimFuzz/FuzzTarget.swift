import ClaimEngine
import Lexicons
import NewsText
import Pipeline
import Reconciliation
import Reports
import Review

/// What the fuzzer runs on each input: the article loaded as `check` loads it (and as
/// `extract` loads a corpus file), then extracted, checked, reconciled and weighed for bias,
/// every output rendered and its invariants checked (`OutputInvariants`), and the article read
/// again in sections to the same claims and the same check.
///
/// Nothing is caught: a trap anywhere is the finding. Errors the loaders throw are outcomes,
/// not findings, and only their messages are rendered.
struct FuzzTarget: Sendable {
    /// The stages built from one lexicon; building them costs far more than reading an
    /// article, so the shipped ones are built once.
    struct Stages: Sendable {
        let pipeline: Pipeline
        let reviewer: Reviewer

        init(_ lexicon: Lexicon) throws(LexiconError) {
            pipeline = try Pipeline(lexicon: lexicon)
            reviewer = Reviewer(lexicon: lexicon)
        }
    }

    private let lexicon: Lexicon
    private let shipped: Stages

    init() throws {
        lexicon = try Lexicon.bundled()
        shipped = try Stages(lexicon)
    }

    func run(_ bytes: [UInt8]) {
        let input = FuzzInput(bytes)
        guard let stages = stages(lexicon: input.lexicon) else { return }
        let source = "fuzz.md"
        // A labelled corpus's file (`eval`): front matter required, its id checked against the file name.
        let corpus = CorpusAssembler.assemble([CorpusAssembler.Input(source: source, bytes: input.article, naming: .corpusFile(id: "fuzz"))])
        for problem in corpus.problems { OutputInvariants.checkMessage(problem.description) }
        // Every other command's reader, which also takes drafts.
        let article: Article
        do {
            article = try ArticleParser.parseArticleOrDraft(input.article, source: source, naming: .file(source))
        } catch {
            OutputInvariants.checkMessage(error.description)
            return
        }
        exercise(article, with: stages)
    }

    /// The shipped stages, or new ones extended by the user's lexicon; nil when the lexicon
    /// is refused (its message rendered, as `--lexicon` prints it).
    private func stages(lexicon text: [UInt8]?) -> Stages? {
        guard let text else { return shipped }
        do {
            var extended = lexicon
            try extended.add(LexiconTable(file: "fuzz.tsv", text: String(decoding: text, as: UTF8.self)))
            return try Stages(extended)
        } catch {
            OutputInvariants.checkMessage(error.description)
            return nil
        }
    }

    private func exercise(_ article: Article, with stages: Stages) {
        let analysis = stages.pipeline.analysis(of: article)
        let claims = analysis.claims
        for claim in claims { OutputInvariants.checkRange(claim.sentence, in: article, what: claim.id(in: article.id)) }
        OutputInvariants.checkJSONLines(ClaimJSON.lines(claims, article: article), what: "extract --format jsonl")
        OutputInvariants.checkMarkdown(ClaimTable.markdown(claims, article: article), what: "extract --format markdown")
        // A long article is read a section at a time; cut at every paragraph it can be, this
        // one must read as it does whole.
        var sectioned: [Claim] = []
        stages.pipeline.extractor.forEachSection(of: article, minimumBytes: 1) { sectioned += $0.claims }
        OutputInvariants.checkSame(
            ClaimJSON.lines(sectioned, article: article), as: ClaimJSON.lines(claims, article: article), what: "extract in sections")

        let reviewed = stages.reviewer.review(analysis)
        let check = AttributionCheck(reviewed)
        for sentence in check.sentences {
            for flag in sentence.flags {
                OutputInvariants.checkRange(flag.evidence, in: article, what: "\(flag.rule) flag")
            }
        }
        OutputInvariants.checkJSON(CheckJSON.render(check), what: "check --format json")
        OutputInvariants.checkMarkdown(CheckMarkdown.render(check), what: "check")
        OutputInvariants.checkMarkdown(CheckMarkdown.render(check, for: .terminal), what: "check on a terminal")
        OutputInvariants.checkLint(CheckLint.render(check), flags: check.flagCount, what: "check --format lint")
        // The check of a long article is read a section at a time too, each section with the
        // whole article's facts: it must be the check of the article read whole (the lint
        // format shows nothing these two do not).
        let checkedInSections = AttributionCheck(stages.reviewer.review(article, extractor: stages.pipeline.extractor, minimumBytes: 1))
        OutputInvariants.checkSame(CheckMarkdown.render(checkedInSections), as: CheckMarkdown.render(check), what: "check in sections")
        OutputInvariants.checkSame(CheckJSON.render(checkedInSections), as: CheckJSON.render(check), what: "check --format json in sections")

        let reconciled = stages.pipeline.reconciler.reconcile([ArticleClaims(article: article, claims: claims)])
        var lines = ""
        IncidentJSON.writeLines(reconciled.incidents, to: &lines)
        OutputInvariants.checkJSONLines(lines, what: "reconcile")
        var markdown = ""
        ReconcileMarkdown.render(reconciled.incidents, to: &markdown)
        OutputInvariants.checkMarkdown(markdown, what: "reconcile --format markdown")

        let bias = CorpusBias([BiasEvidence(reviewed)], incidents: reconciled.incidents, stateMedia: stages.reviewer.stateMedia)
        OutputInvariants.checkJSON(BiasJSON.render(bias), what: "bias --format json")
        OutputInvariants.checkMarkdown(BiasReport.markdown(bias), what: "bias")
        // `bias` reads an article once, in sections, for its evidence alone: the page must be
        // the one the review's evidence makes.
        let read = stages.reviewer.biasEvidence(article, extractor: stages.pipeline.extractor, minimumBytes: 1)
        let readInSections = CorpusBias([read], incidents: reconciled.incidents, stateMedia: stages.reviewer.stateMedia)
        OutputInvariants.checkSame(BiasJSON.render(readInSections), as: BiasJSON.render(bias), what: "bias in sections")
    }
}
