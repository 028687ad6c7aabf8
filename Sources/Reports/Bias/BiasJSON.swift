import Lexicons
import Reconciliation
import Review
import Writers

/// The bias figures as one JSON object, one outlet per line:
///
///     {"nearby-days":3,"articles":45,"outlets":[
///       {"outlet":"Armenian Frontline","articles":["armfront-…",…],"official":null,"owner":null,
///        "leaning":"armenian","votes":{"voice":"armenia","narrator":"armenia","verbs":"armenia",
///                                     "language":"armenia","omissions":null,"owner":null},
///        "voice":{"armenia":36,"azerbaijan":10,"third":18,"narrator":37},
///        "narrator":{"claims":37,"adopts-armenia":22,"adopts-azerbaijan":1,"no-side":14,
///                    "entries":[{"id":"armfront-…#1","kind":"attack","adopts":"armenia"},…]},
///        "verbs":{"asymmetry":0.912,
///                 "armenia":{"statements":36,"doubt":0,"credence":4,"doubt-verbs":{},"credence-verbs":{"confirmed":4}},
///                 "azerbaijan":{…}},
///        "language":{"armenian":25,"azerbaijani":0,
///                    "words":[{"text":"artsakh","leaning":"armenian","kind":"term","count":17},…]},
///        "omissions":{"periods":[{"first":"2020-09-27","last":"2020-09-27","left-out":["azerbaijan-gov"],
///                                 "sides-left-out":["azerbaijan"],"incident":"2020-09-27-stepanakert-khankendi"},…]},
///        "reading":"Leans Armenian: …",
///        "readings":[{"article":"armfront-…","published":"2020-09-27","leaning":"armenian",
///                     "votes":{"voice":null,"narrator":"armenia","verbs":null,"language":"armenia","sourcing":null,
///                              "owner":null},
///                     "claims":9,"voice":{…},"narrator":{…},"verbs":{…},"language":{…},
///                     "sourcing":{"contested":4,"one-sided":null},"reading":"Leans Armenian as written …"}]}]}
///
/// Every key is always present; a vote, asymmetry, official party or owner (the side whose
/// state owns the outlet, `state-media.tsv`) that does not apply is null, and an article's
/// `leaning` is null when it carries no claim (nothing to read).
/// Outlets come in name order, their articles in id order, words most used first.
package enum BiasJSON {
    package static func render(_ bias: CorpusBias) -> String {
        var json = JSONWriter()
        json.beginObject()
        // Kept for readers of the first contract: the days of silence that part two incidents.
        json.key("nearby-days"); json.int(IncidentGrouper.standardGap)
        json.key("articles"); json.int(bias.articleCount)
        json.key("outlets")
        json.beginArray()
        for outlet in bias.outlets {
            json.lineBreak(indent: 2)
            write(outlet, to: &json)
        }
        json.lineBreak(indent: 0)
        json.endArray()
        json.endObject()
        return json.output + "\n"
    }

    private static func write(_ outlet: OutletBias, to json: inout JSONWriter) {
        json.beginObject()
        json.key("outlet"); json.string(outlet.outlet)
        json.key("articles")
        json.beginArray()
        for id in outlet.articles { json.string(id) }
        json.endArray()
        json.key("official"); json.string(outlet.official?.rawValue)
        json.key("owner"); json.string(outlet.owner?.rawValue)
        json.key("leaning"); json.string(outlet.verdict.leaning.rawValue)
        json.key("votes")
        json.beginObject()
        for measure in LeaningVerdict.Measure.allCases {
            json.key(measure.rawValue)
            json.string(outlet.verdict.vote(measure)?.rawValue)
        }
        json.endObject()
        writeVoice(outlet.voice, to: &json)
        writeNarrator(outlet.narrator, to: &json)
        writeVerbs(outlet.verbs, to: &json)
        writeLanguage(outlet.language, to: &json)
        writeOmissions(outlet.omissions, to: &json)
        json.key("reading"); json.string(OutletBiasWording.text(outlet))
        json.key("readings")
        json.beginArray()
        for bias in outlet.articleBiases {
            json.lineBreak(indent: 4)
            write(bias, of: outlet, to: &json)
        }
        json.endArray()
        json.endObject()
    }

    private static func write(_ bias: ArticleBias, of outlet: OutletBias, to json: inout JSONWriter) {
        let figures = bias.figures
        json.beginObject()
        json.key("article"); json.string(bias.article)
        json.key("published"); json.string(bias.published?.description)
        json.key("leaning"); json.string(bias.verdict.leaning?.rawValue)
        json.key("votes")
        json.beginObject()
        for measure in [LeaningVerdict.Measure.voice, .narrator, .verbs, .language] {
            json.key(measure.rawValue)
            json.string(bias.verdict.vote(measure)?.rawValue)
        }
        json.key("sourcing"); json.string(bias.verdict.sourcing?.rawValue)
        json.key("owner"); json.string(bias.verdict.vote(.owner)?.rawValue)
        json.endObject()
        json.key("claims"); json.int(figures.claims)
        writeVoice(figures.voice, to: &json)
        writeNarrator(figures.narrator, to: &json)
        writeVerbs(figures.verbs, to: &json)
        writeLanguage(figures.language, to: &json)
        json.key("sourcing")
        json.beginObject()
        json.key("contested"); json.int(figures.contested)
        json.key("one-sided"); json.string(figures.oneSided?.rawValue)
        json.endObject()
        json.key("reading"); json.string(ArticleBiasWording.text(bias, of: outlet))
        json.endObject()
    }

    private static func writeVoice(_ voice: VoiceShare, to json: inout JSONWriter) {
        json.key("voice")
        json.beginObject()
        json.key("armenia"); json.int(voice.armenia)
        json.key("azerbaijan"); json.int(voice.azerbaijan)
        json.key("third"); json.int(voice.third)
        json.key("narrator"); json.int(voice.narrator)
        json.endObject()
    }

    private static func writeNarrator(_ narrator: NarratorTally, to json: inout JSONWriter) {
        json.key("narrator")
        json.beginObject()
        json.key("claims"); json.int(narrator.entries.count)
        json.key("adopts-armenia"); json.int(narrator.adopting(.armenia))
        json.key("adopts-azerbaijan"); json.int(narrator.adopting(.azerbaijan))
        json.key("no-side"); json.int(narrator.entries.count - narrator.decided)
        json.key("entries")
        json.beginArray()
        for entry in narrator.entries {
            json.beginObject()
            json.key("id"); json.string(entry.claim.id(in: entry.document))
            json.key("kind"); json.string(entry.claim.kind.rawValue)
            json.key("adopts"); json.string(entry.account?.rawValue)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }

    private static func writeVerbs(_ verbs: VerbUsage, to json: inout JSONWriter) {
        json.key("verbs")
        json.beginObject()
        json.key("asymmetry"); json.decimal(LeaningVerdict.asymmetry(verbs), places: 3)
        for side in Belligerent.allCases {
            let usage = verbs.side(side)
            json.key(side.rawValue)
            json.beginObject()
            json.key("statements"); json.int(usage.statements)
            json.key("doubt"); json.int(usage.count(.doubt))
            json.key("credence"); json.int(usage.count(.credence))
            for (key, stance) in [("doubt-verbs", ReportingVerb.Stance.doubt), ("credence-verbs", .credence)] {
                json.key(key)
                json.beginObject()
                for verb in usage.verbs(stance) {
                    json.key(verb.word)
                    json.int(verb.count)
                }
                json.endObject()
            }
            json.endObject()
        }
        json.endObject()
    }

    private static func writeLanguage(_ language: LanguageTally, to json: inout JSONWriter) {
        json.key("language")
        json.beginObject()
        json.key("armenian"); json.int(language.count(.armenian))
        json.key("azerbaijani"); json.int(language.count(.azerbaijani))
        json.key("words")
        json.beginArray()
        for word in language.words(.armenian) + language.words(.azerbaijani) {
            json.beginObject()
            json.key("text"); json.string(word.text)
            json.key("leaning"); json.string(word.leaning.rawValue)
            json.key("kind"); json.string(word.isPlace ? "place" : "term")
            json.key("count"); json.int(word.count)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }

    private static func writeOmissions(_ omissions: Omissions, to json: inout JSONWriter) {
        json.key("omissions")
        json.beginObject()
        json.key("periods")
        json.beginArray()
        for period in omissions.periods {
            json.beginObject()
            json.key("first"); json.string(period.first.description)
            json.key("last"); json.string(period.last.description)
            json.key("left-out")
            json.beginArray()
            for party in period.leftOut { json.string(party.rawValue) }
            json.endArray()
            json.key("sides-left-out")
            json.beginArray()
            for side in period.sidesLeftOut { json.string(side.rawValue) }
            json.endArray()
            json.key("incident"); json.string(period.incident)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }
}
