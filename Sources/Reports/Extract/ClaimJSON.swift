import ClaimEngine
import NewsText
import Writers

/// The extract contract of DESIGN.md: one JSON object per claim, every field present.
///
/// Fields after `text` (`status`, `time`) were added to the contract for ceasefire claims;
/// the contract only ever grows.
package enum ClaimJSON {
    /// One claim as a JSON object, fields in contract order.
    package static func write(_ claim: Claim, article: Article, to json: inout JSONWriter) {
        json.beginObject()
        json.key("document"); json.string(article.id)
        json.key("id"); json.string(claim.id(in: article.id))
        json.key("party"); json.string(claim.party.rawValue)
        json.key("side"); json.string(claim.side.rawValue)
        json.key("speaker"); json.string(claim.speaker(in: article))
        json.key("mode"); json.string(claim.mode.rawValue)
        json.key("verb"); json.string(claim.verb(in: article))
        json.key("kind"); json.string(claim.kind.rawValue)
        json.key("aggressor"); json.string(claim.aggressor?.rawValue)
        json.key("target"); json.string(claim.target?.rawValue)
        json.key("negated"); json.bool(claim.negated)
        json.key("victim"); json.string(claim.victim?.rawValue)
        json.key("outcome"); json.string(claim.outcome?.rawValue)
        json.key("count"); write(claim.count, to: &json)
        json.key("date"); json.string(claim.date?.description)
        json.key("places")
        json.beginArray()
        for place in claim.places { json.string(place.name) }
        json.endArray()
        json.key("rule"); json.string(claim.rule.description)
        json.key("start"); json.int(claim.sentence.start)
        json.key("end"); json.int(claim.sentence.end)
        json.key("text"); json.string(article.text(claim.sentence))
        json.key("status"); json.string(claim.status?.rawValue)
        json.key("time"); json.string(claim.time?.description)
        json.endObject()
    }

    /// A count as the contract writes it, `{"min": 45, "max": 49, "text": "nearly 50"}`, or null.
    package static func write(_ count: CountMention?, to json: inout JSONWriter) {
        // A vague quantity ("some", "several") is no count at all (DESIGN.md).
        guard let count, count.interval != nil else { return json.null() }
        json.beginObject()
        json.key("min"); json.int(count.interval?.min)
        json.key("max"); json.int(count.interval?.max)
        json.key("text"); json.string(count.text)
        json.endObject()
    }

    /// JSON Lines: one claim per line.
    package static func lines(_ claims: [Claim], article: Article) -> String {
        var json = JSONWriter()
        for claim in claims {
            write(claim, article: article, to: &json)
            json.endRecord()
        }
        return json.output
    }
}
