import Review
import Writers

/// The attribution check as one JSON object, for a newsroom's own tools:
///
///     {"document":"draft","outlet":"","published":"2022-09-13","source":"-",
///      "summary":{"flags":3,"unattributed-claim":1,"attribution-verb":1,"one-sided-sourcing":0,
///                 "vague-source":0,"loaded-term":1,"contested-name":0},
///      "sentences":[
///        {"sentence":1,"line":1,"start":0,"end":58,"text":"…",
///         "attributions":[{"party":"narrator","side":"third","mode":"unattributed","verb":null,
///                          "speaker":null,"kinds":["attack"]}],
///         "flags":[{"rule":"unattributed-claim","start":0,"end":58,"words":"…",
///                   "reason":"…","suggestion":"…"}]}]}
///
/// Every key is always present (null where it does not apply); `start`/`end` are UTF-8 byte
/// offsets into the article body, a flag's being those of the words it is about (the whole
/// sentence for sentence-level flags). Sentences carry a claim or a flag, in text order.
package enum CheckJSON {
    package static func render(_ check: AttributionCheck) -> String {
        var text = ""
        write(check, to: &text)
        return text
    }

    /// The object written out as it is made, in pieces, so a long article's is never held whole.
    package static func write(_ check: AttributionCheck, to stream: inout some TextOutputStream) {
        let article = check.article
        var json = JSONWriter()
        json.beginObject()
        json.key("document"); json.string(article.id)
        json.key("outlet"); json.string(article.outlet)
        json.key("published"); json.string(article.published?.description)
        json.key("source"); json.string(article.source)
        json.key("summary")
        json.beginObject()
        json.key("flags"); json.int(check.flagCount)
        for count in check.counts {
            json.key(count.rule.rawValue)
            json.int(count.count)
        }
        json.endObject()
        json.key("sentences")
        json.beginArray()
        check.forEachSentence { sentence in
            json.lineBreak(indent: 2)
            write(sentence, of: check, to: &json)
            json.spill(to: &stream)
        }
        json.lineBreak(indent: 0)
        json.endArray()
        json.endObject()
        stream.write(json.flush() + "\n")
    }

    private static func write(_ sentence: CheckedSentence, of check: AttributionCheck, to json: inout JSONWriter) {
        json.beginObject()
        json.key("sentence"); json.int(sentence.number)
        json.key("line"); json.int(sentence.line)
        json.key("start"); json.int(sentence.range.start)
        json.key("end"); json.int(sentence.range.end)
        json.key("text"); json.string(sentence.text)
        json.key("attributions")
        json.beginArray()
        for attribution in sentence.attributions {
            json.beginObject()
            json.key("party"); json.string(attribution.party.rawValue)
            json.key("side"); json.string(attribution.party.side.rawValue)
            json.key("mode"); json.string(attribution.mode.rawValue)
            json.key("verb"); json.string(attribution.verb)
            json.key("speaker"); json.string(attribution.speaker)
            json.key("kinds")
            json.beginArray()
            for kind in attribution.kinds { json.string(kind.rawValue) }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.key("flags")
        json.beginArray()
        for flag in sentence.flags {
            json.beginObject()
            json.key("rule"); json.string(flag.rule.rawValue)
            json.key("start"); json.int(flag.evidence.start)
            json.key("end"); json.int(flag.evidence.end)
            json.key("words"); json.string(check.article.text(flag.evidence))
            json.key("reason"); json.string(flag.reason)
            json.key("suggestion"); json.string(flag.suggestion)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }
}
