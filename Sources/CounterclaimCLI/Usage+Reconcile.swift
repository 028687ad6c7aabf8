extension Usage {
    static let reconcile = """
        USAGE: counterclaim reconcile PATH... [--format jsonl|json|markdown] [--published YYYY-MM-DD] [--lexicon FILE]...

        Extracts the claims of every article, groups them into incidents (one per clash,
        however many outlets report it) and finds where the parties' accounts disagree:
        who attacked first, the losses, and when the fighting or a ceasefire began.

        OPTIONS:
          --format jsonl      One JSON object per incident per line, its findings nested
                              (the default; the contract is in the README).
          --format json       The same objects as one JSON array.
          --format markdown   The incidents and their findings, for reading.
          --published DATE    The publication date (YYYY-MM-DD) of inputs that give none
                              (drafts), for their relative dates; articles keep their own.
          --lexicon FILE      Add a lexicon file of your own. May be repeated.

        EXAMPLES:
          counterclaim reconcile Corpus
          counterclaim reconcile Corpus --format markdown
          counterclaim reconcile Corpus | jq '.findings[] | select(.relation == "contradiction")'

        PATHs may hold plain drafts as well as articles (see 'counterclaim --help').

        """

    static let report = """
        USAGE: counterclaim report CORPUS... [--out DIR] [--published YYYY-MM-DD] [--lexicon FILE]...

        Writes the Markdown reports for a corpus into DIR: README.md (the corpus at a
        glance), incidents/<id>.md (each clash: who said what, the findings with their
        evidence, loss figures over time) and articles/<id>.md (each article's claims).

        The pages are written to a staging folder beside DIR and then swapped in, so DIR
        holds either the old report or the new one, never half of each. DIR must be empty,
        missing, or a report counterclaim wrote: DIR/.counterclaim-manifest lists its
        pages with their SHA-256, and only those, unchanged, are replaced (OS litter such
        as .DS_Store is kept). A file it did not write, a page you edited, or the working
        folder stops the run with an error naming it; a DIR that is a link is written
        through. If that happens or any article fails to load, nothing is written and the
        exit status is 1.

        OPTIONS:
          --out DIR           The report folder (default: Reports).
          --published DATE    The publication date (YYYY-MM-DD) of inputs that give none
                              (drafts), for their relative dates; articles keep their own.
          --lexicon FILE      Add a lexicon file of your own. May be repeated.

        EXAMPLE:
          counterclaim report Corpus --out Reports

        """
}
