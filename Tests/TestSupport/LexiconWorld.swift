import Lexicons
import NewsText
import Pipeline

/// A small invented conflict for rule tests: two belligerents, a mediator, a few places with
/// rival names, and only the reporting verbs and triggers the tests need.
///
/// Aravia stands for Armenia's side and Belmark for Azerbaijan's (party ids are fixed by the
/// contract); Lindgard is a mediator speaking as Russia. The rules read classes of words —
/// a state, an office, a verb of doubt, an attack verb — so a rule test written in this world
/// keeps passing whatever the shipped word lists come to hold, and fails only when the rule
/// changes. English itself (numbers, calendar words, inflections, abbreviations) is the
/// shipped language data.
package enum LexiconWorld {
    /// The world's own tables, TSV as a user would write them.
    package static let tables: [(file: String, text: String)] = [
        (
            "world-parties.tsv",
            """
            # columns: phrase\tparty\trole
            Aravia\tarmenia-gov\tstate
            Aravian\tarmenia-gov\tdemonym
            Tarsk\tarmenia-gov\tcapital
            Belmark\tazerbaijan-gov\tstate
            Belmarkian\tazerbaijan-gov\tdemonym
            Kovno\tazerbaijan-gov\tcapital
            Lindgard\trussia\tstate
            Lindgardian\trussia\tdemonym
            """
        ),
        (
            "world-offices.tsv",
            """
            # columns: phrase\tbranch\trole
            defence ministry\tdefence\tministry
            army\tdefence\tbody
            foreign ministry\tgovernment\tministry
            spokesman\tunspecified\tperson
            """
        ),
        (
            "world-verbs.tsv",
            """
            # columns: phrase\tstance\tpattern
            say\tneutral\tspeech
            claim\tdoubt\tspeech
            confirm\tcredence\tspeech
            deny\tneutral\tdeny
            according to\tneutral\taccording
            urge\tneutral\tappeal
            """
        ),
        (
            "world-triggers.tsv",
            """
            # columns: phrase\tkind\tvalue
            shell\tattack\tverb
            attack\tattack\tevent
            kill\tcasualties\tkilled
            wound\tcasualties\twounded
            ceasefire\tceasefire\ttruce
            take effect\tceasefire\tin-force
            restraint\tappeal\trestraint
            """
        ),
        (
            "world-nouns.tsv",
            """
            # columns: phrase\tclass
            soldier\tmilitary
            civilian\tcivilian
            """
        ),
        (
            "world-sides.tsv",
            """
            # columns: phrase\tside
            enemy\tenemy
            both sides\tboth
            """
        ),
        (
            "world-places.tsv",
            """
            # columns: name\tplace\tleaning
            Fernhill\tfernhill-ashgrove\tarmenian
            Ashgrove\tfernhill-ashgrove\tazerbaijani
            Millbrook\tmillbrook\tneutral
            """
        ),
    ]

    /// The shipped tables that are English rather than the conflict's vocabulary.
    private static let language = ["numbers.tsv", "calendar.tsv", "inflections.tsv", "abbreviations.tsv", "hedges.tsv"]

    /// The world's lexicon: its own tables with the shipped language data.
    package static func lexicon() throws -> Lexicon {
        let english = try Lexicon.bundled().tables.filter { language.contains($0.file) }
        let own = try tables.map { try LexiconTable(file: $0.file, text: $0.text) }
        return try Lexicon(tables: english + own)
    }

    /// The pipeline of the world, built once for every test.
    package static let pipeline: Result<Pipeline, any Error> = Result { try Pipeline(lexicon: lexicon()) }
}
