/// The help texts a user sees: `counterclaim --help`, `counterclaim help extract`, `counterclaim help eval`.
enum Usage {
    static let overview = """
        counterclaim — attributed claims from news about the Armenia–Azerbaijan conflict

        USAGE: counterclaim <command> [options]

        COMMANDS:
          extract PATH...   Extract attributed, typed claims from articles.
          eval CORPUS       Score extraction against the corpus's gold labels.
          reconcile PATH... Group claims into incidents and find where the accounts disagree.
          report CORPUS --out DIR
                            Write the Markdown reports: an index, one page per incident
                            and one per article.
          check ARTICLE     An editor's attribution check of one article or draft (- for stdin).
          bias CORPUS       Which outlet adopts whose framing: the outlet bias report.
          explain ARTICLE   How each sentence of one article was read: the words found,
                            who says what, and each claim with the rules behind it.
          help [COMMAND]    Show help for a command.
          --version         Print the version.
          --quiet, -q       No progress line: a run over many articles shows one on a terminal.

        A PATH is an article file (<id>.md), a folder of articles, a corpus folder
        (one with an articles/ subfolder), or - for standard input.

        DRAFTS: every command also reads a plain draft, text with no front matter. Its id
        is its file name, lowercased, other characters made '-' ('Border Draft.txt' is
        border-draft), or 'draft' on standard input; its outlet is '(draft)'; it has no date
        unless --published gives one. Two inputs with one id are an error naming both. An
        article's id is its front matter's, whatever the file is called, except in a
        labelled corpus (articles/ beside labels/), where it must be the file name.

        EXIT STATUS: 0 success; 1 the run finished but some input failed (or, with check
        --strict, a flag was raised); 2 usage error.

        ENVIRONMENT: COUNTERCLAIM_MAX_ARTICLE_MB, the most MiB one input file or standard
        input may hold (default 64); a larger one is refused and the rest are read.

        Options take their value as the next argument or after '=' (--format=json); '--'
        ends the options, so a path that starts with '-' can follow it.

        See 'counterclaim help <command>' for the options of a command.

        """

    static let extract = """
        USAGE: counterclaim extract PATH... [--format jsonl|json|markdown] [--published YYYY-MM-DD] [--lexicon FILE]...

        Reads each article, attributes every statement about the fighting to the party that
        made it, and prints one claim per attack, loss, territory, ceasefire or appeal.

        An input is an article with front matter, a plain draft, or a saved web page (a .html
        or .htm file, or HTML on stdin starting with <!DOCTYPE html or <html): its main text
        (<article>, else the largest block of <p>) is read, and its title, og:site_name and
        publication date fill the front matter. A claim's start and end are byte offsets into
        that extracted text, not into the HTML file.

        OPTIONS:
          --format jsonl      One JSON object per claim per line (the default; the contract
                              in DESIGN.md: every field always present).
          --format json       The same objects as one JSON array.
          --format markdown   A table per article, for reading.
          --published DATE    The publication date (YYYY-MM-DD) of inputs that give none
                              (drafts), for their relative dates; articles keep their own.
          --lexicon FILE      Add a lexicon file of your own (TSV with a '# columns:' header
                              naming which lexicon it extends). May be repeated.

        EXAMPLES:
          counterclaim extract Corpus
          counterclaim extract Corpus/articles/wire-2022-09-13-border-clashes.md --format markdown
          counterclaim extract Corpus/examples/border-page.html --format markdown
          cat Corpus/examples/border-draft.txt | counterclaim extract - --format json
          cat Corpus/examples/border-draft.txt | counterclaim extract - --published 2022-09-13
          counterclaim extract Corpus --lexicon Corpus/examples/newsroom-names.tsv | jq 'select(.party == "karabakh")'

        A file or standard input without front matter is a draft (see 'counterclaim --help').
        Broken articles are reported on stderr as 'path:line: message' and skipped; the
        others are still processed and the exit status is 1.

        """

    static let eval = """
        USAGE: counterclaim eval CORPUS [--format markdown|json] [--baseline FILE] [--lexicon FILE]...

        Extracts the claims of CORPUS/articles and scores them against the gold claims of
        CORPUS/labels (the format of DESIGN.md, the rules of Corpus/LABELING.md). Every
        article needs front matter whose id is its file name: labels are found by file name. A predicted
        claim matches a gold claim of the same document and kind when its sentence contains
        the gold quote. Scores: detection precision, recall and F1; party, mode and value
        accuracy on matched pairs; strict precision, recall and F1 (kind, party and every
        value right) — overall, per kind and per party.

        OPTIONS:
          --format markdown   The scorecard, then every miss, false positive and wrong value
                              with its sentence (the default).
          --format json       The scores as one JSON object (the format of a baseline).
          --baseline FILE     Compare with a JSON scorecard; exit 1 when a headline score
                              drops by more than 0.01, naming the score, old and new value.
          --lexicon FILE      Add a lexicon file of your own, as for extract. May be repeated.

        EXAMPLES:
          counterclaim eval Corpus
          counterclaim eval Corpus --format json > Corpus/baseline.json
          counterclaim eval Corpus --baseline Corpus/baseline.json > /dev/null
          counterclaim eval Corpus --lexicon Corpus/examples/newsroom-names.tsv

        Invalid label files are reported on stderr as 'file: claim N: message' (claims
        counted from 1) and their documents left out; the rest are scored and the exit
        status is 1.

        """

    static let check = """
        USAGE: counterclaim check ARTICLE|- [--format markdown|json|lint] [--strict] [--published YYYY-MM-DD] [--lexicon FILE]...

        Checks the attribution of one article: for every sentence that carries a claim, who it
        is attributed to and how, and these flags, each with a reason and a suggested fix:
          unattributed-claim   the article's own voice asserts who attacked or the losses
          attribution-verb     a verb that casts doubt (claimed) or lends credence (confirmed),
                               and uneven verbs for the two sides
          one-sided-sourcing   only one belligerent is quoted on who attacked or the losses
          vague-source         sources said, reports said, it is believed
          loaded-term          a word that carries one side's framing (liberated, Artsakh)
          contested-name       a place name with rival forms (Stepanakert/Khankendi)

        ARTICLE is an article file with front matter, or a plain-text draft with none (its id
        is its file name, lowercased, or 'draft' on standard input; its outlet '(draft)');
        - reads either from standard input.

        OPTIONS:
          --format markdown   A summary of the flags, then each flagged sentence (the default),
                              for reading: quoted text as written, tables escaped.
          --format json       The same as one JSON object (the contract is in the README).
          --format lint       One line per flag, as compilers and linters write them, for
                              editors and CI: PATH:LINE:COL: RULE: message (fix: ...).
                              PATH is ARTICLE as given (- for standard input); LINE and COL
                              are 1-based, COL counted in Unicode scalars (as UTF-16 editors
                              count outside emoji; vim's byte columns differ after non-ASCII
                              text). Line breaks and tabs in a message become spaces.
          --strict            Exit 1 when any flag is raised, for a newsroom's pipeline.
          --published DATE    The publication date relative dates resolve against
                              (overrides the front matter).
          --lexicon FILE      Add a lexicon file of your own, e.g. more loaded terms
                              ('# columns: phrase<TAB>leaning<TAB>neutral'). May be repeated.

        EXAMPLES:
          counterclaim check Corpus/articles/armfront-2022-09-13-azerbaijani-aggression.md
          counterclaim check Corpus/articles/armfront-2022-09-13-azerbaijani-aggression.md --format lint
          pbpaste | counterclaim check - --published 2022-09-13
          counterclaim check Corpus/examples/border-draft.txt --strict --format json > check.json

        An article that cannot be read is reported on stderr as 'path:line: message' and the
        exit status is 1.

        """

    static let bias = """
        USAGE: counterclaim bias CORPUS [--format markdown|json] [--published YYYY-MM-DD] [--lexicon FILE]...

        For every outlet in CORPUS: claims attributed to each side and to third parties;
        claims in the outlet's own voice and whose account each adopts; doubting and crediting
        reporting verbs per side; loaded terms and contested names in its own voice; sides it
        leaves out when other outlets quoted them in the same days — a plain-language reading
        with the figures it rests on, a leaning verdict, and what the measures cannot tell.

        OPTIONS:
          --format markdown   The bias page (Reports/bias.md) (the default).
          --format json       The same figures as one JSON object.
          --published DATE    The publication date (YYYY-MM-DD) of inputs that give none
                              (drafts), for their relative dates; articles keep their own.
          --lexicon FILE      Add a lexicon file of your own, as for check. May be repeated.

        EXAMPLES:
          counterclaim bias Corpus
          counterclaim bias Corpus --format json | jq '.outlets[] | {outlet, leaning}'

        Drafts are read as by every command; all of them are one outlet, '(draft)'.
        Broken articles are reported on stderr as 'path:line: message' and left out; the
        others are still read and the exit status is 1.

        """

    static let explain = """
        USAGE: counterclaim explain ARTICLE|- [--sentence N] [--published YYYY-MM-DD] [--lexicon FILE]...

        Shows how the extractor read one article, sentence by sentence: the words its
        lexicons found and what each was read as (a party, an office, a reporting verb, an
        attack or loss word, a place, a date, a count); what each speaker says, with the
        speaker phrase, the verb and the attribution rule; and each claim with its values and
        the rules that produced it (`attribution/typing`, the extract output's "rule").

        ARTICLE is read as by check: an article file, a plain-text draft, or - for standard
        input.

        OPTIONS:
          --sentence N        Only sentence N, counted from 1 as the output numbers them.
          --published DATE    The publication date relative dates resolve against
                              (overrides the front matter).
          --lexicon FILE      Add a lexicon file of your own, as for extract. May be repeated.

        EXAMPLES:
          counterclaim explain Corpus/examples/border-draft.txt --published 2022-09-13
          counterclaim explain Corpus/articles/wire-2022-09-13-border-clashes.md --sentence 2

        An article that cannot be read, or a sentence number past its end, is reported on
        stderr and the exit status is 1.

        """

    /// The commands, for "did you mean" on a mistyped one.
    static let commands = ["extract", "eval", "reconcile", "report", "check", "bias", "explain", "help"]

    /// `counterclaim --version`.
    static let version = "counterclaim 0.12.0\n"

    static func text(for topic: String?) -> String? {
        switch topic {
        case nil: overview
        case "extract": extract
        case "eval": eval
        case "reconcile": reconcile
        case "report": report
        case "check": check
        case "bias": bias
        case "explain": explain
        default: nil
        }
    }
}
