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
          help [COMMAND]    Show help for a command.

        A PATH is an article file (<id>.md), a folder of articles, a corpus folder
        (one with an articles/ subfolder), or - for standard input.

        EXIT STATUS: 0 success; 1 the run finished but some input failed; 2 usage error.

        See 'counterclaim help <command>' for the options of a command.

        """

    static let extract = """
        USAGE: counterclaim extract PATH... [--format jsonl|json|markdown] [--lexicon FILE]...

        Reads each article, attributes every statement about the fighting to the party that
        made it, and prints one claim per attack, loss, territory, ceasefire or appeal.

        OPTIONS:
          --format jsonl      One JSON object per claim per line (the default; the contract
                              in DESIGN.md: every field always present).
          --format json       The same objects as one JSON array.
          --format markdown   A table per article, for reading.
          --lexicon FILE      Add a lexicon file of your own (TSV with a '# columns:' header
                              naming which lexicon it extends). May be repeated.

        EXAMPLES:
          counterclaim extract Corpus
          counterclaim extract Corpus/articles/wire-2022-09-13-border-shelling.md --format markdown
          cat draft.md | counterclaim extract - --format json
          counterclaim extract Corpus --lexicon my-names.tsv | jq 'select(.party == "russia")'

        Broken articles are reported on stderr as 'path:line: message' and skipped; the
        others are still processed and the exit status is 1.

        """

    static let eval = """
        USAGE: counterclaim eval CORPUS [--format markdown|json] [--baseline FILE] [--lexicon FILE]...

        Extracts the claims of CORPUS/articles and scores them against the gold claims of
        CORPUS/labels (the format of DESIGN.md, the rules of Corpus/LABELING.md). A predicted
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
          counterclaim eval my-corpus --lexicon my-names.tsv

        Invalid label files are reported on stderr as 'file: claim N: message' (claims
        counted from 1) and their documents left out; the rest are scored and the exit
        status is 1.

        """

    static func text(for topic: String?) -> String? {
        switch topic {
        case nil: overview
        case "extract": extract
        case "eval": eval
        case "reconcile": reconcile
        case "report": report
        default: nil
        }
    }
}
