import Lexicons
import NewsText
import Reconciliation
import Writers

/// The reconcile contract (README "Reconcile"): one JSON object per incident with its
/// findings nested, every field always present (null where it does not apply), keys in a
/// fixed order. The contract only ever grows.
package enum IncidentJSON {
    /// Writes the incident into `json`, spilling what is written into `stream` as it grows.
    package static func write(_ incident: Incident, to json: inout JSONWriter, spillingInto stream: inout some TextOutputStream) {
        json.beginObject()
        json.key("incident")
        json.string(incident.id)
        json.key("title")
        json.string(incident.title)
        json.key("start")
        json.string(incident.start?.description)
        json.key("first")
        json.string(incident.span?.first.description)
        json.key("last")
        json.string(incident.span?.last.description)
        json.key("places")
        json.beginArray()
        for place in incident.places {
            json.beginObject()
            json.key("place")
            json.string(place.place)
            json.key("name")
            json.string(place.name)
            json.key("documents")
            json.int(place.documents)
            json.key("claims")
            json.int(place.claims)
            json.endObject()
        }
        json.endArray()
        json.key("documents")
        strings(incident.documents, to: &json)
        json.key("parties")
        strings(incident.parties.map(\.rawValue), to: &json)
        json.key("claims")
        // An incident's claim list grows with its coverage: written one id at a time.
        json.beginArray()
        for reported in incident.claims {
            json.string(reported.id)
            json.spill(to: &stream)
        }
        json.endArray()
        json.key("findings")
        json.beginArray()
        for finding in incident.findings { write(finding, of: incident, to: &json, spillingInto: &stream) }
        json.endArray()
        json.endObject()
    }

    /// JSON Lines: one incident per line, each written as soon as it is built, so the output
    /// is never held whole.
    package static func writeLines(_ incidents: [Incident], to output: inout some TextOutputStream) {
        for incident in incidents {
            var json = JSONWriter()
            write(incident, to: &json, spillingInto: &output)
            output.write(json.flush() + "\n")
        }
    }

    private static func write(
        _ finding: Finding, of incident: Incident, to json: inout JSONWriter, spillingInto stream: inout some TextOutputStream
    ) {
        json.beginObject()
        json.key("id")
        json.string("\(incident.id)/\(finding.key)")
        json.key("kind")
        json.string(finding.kind.rawValue)
        json.key("relation")
        json.string(finding.relation.rawValue)
        json.key("victim")
        json.string(finding.victim?.rawValue)
        json.key("outcome")
        json.string(finding.outcome?.rawValue)
        json.key("event")
        json.string(finding.event?.rawValue)
        json.key("parties")
        strings(finding.parties.map(\.rawValue), to: &json)
        json.key("summary")
        json.string(finding.summary)
        json.key("positions")
        json.beginArray()
        for position in finding.positions { write(position, to: &json, spillingInto: &stream) }
        json.endArray()
        json.endObject()
    }

    private static func write(_ position: Position, to json: inout JSONWriter, spillingInto stream: inout some TextOutputStream) {
        json.beginObject()
        json.key("party")
        json.string(position.party.rawValue)
        json.key("side")
        json.string(position.party.side.rawValue)
        json.key("in_dispute")
        json.bool(position.inDispute)
        json.key("stance")
        json.string(position.stance.name)
        json.key("reading")
        json.string(position.stance.reading)
        var named: Belligerent?
        var count: CountInterval?
        var moments: [EventMoment] = []
        switch position.stance {
        case .blames(let side), .denies(let side): named = side
        case .figure(let interval): count = interval
        case .moments(let values): moments = values
        case .neutral, .unspecified, .confirms, .reportsViolation: break
        }
        json.key("belligerent")
        json.string(named?.rawValue)
        json.key("count")
        if let count {
            json.beginObject()
            json.key("min")
            json.int(count.min)
            json.key("max")
            json.int(count.max)
            json.endObject()
        } else {
            json.null()
        }
        json.key("moments")
        json.beginArray()
        for moment in moments {
            json.beginObject()
            json.key("day")
            json.string(moment.day?.description)
            json.key("time")
            json.string(moment.time?.description)
            json.endObject()
        }
        json.endArray()
        json.key("evidence")
        json.beginArray()
        for claim in position.evidence {
            write(claim, to: &json)
            json.spill(to: &stream)
        }
        json.endArray()
        json.endObject()
    }

    private static func write(_ reported: ReportedClaim, to json: inout JSONWriter) {
        let claim = reported.claim
        json.beginObject()
        json.key("claim")
        json.string(reported.id)
        json.key("document")
        json.string(reported.document)
        json.key("outlet")
        json.string(reported.outlet)
        json.key("published")
        json.string(reported.published?.description)
        json.key("party")
        json.string(claim.party.rawValue)
        json.key("kind")
        json.string(claim.kind.rawValue)
        json.key("date")
        json.string(claim.date?.description)
        json.key("count")
        ClaimJSON.write(claim.count, to: &json)
        json.key("text")
        json.string(reported.sentence)
        json.endObject()
    }

    private static func strings(_ values: [String], to json: inout JSONWriter) {
        json.beginArray()
        for value in values { json.string(value) }
        json.endArray()
    }
}

extension Position.Stance {
    /// The stance's name in the contract: `blames`, `denies`, `neutral`, `figure`,
    /// `unspecified`, `moments`, `confirms`, `reports-violation`.
    package var name: String {
        switch self {
        case .blames: "blames"
        case .denies: "denies"
        case .neutral: "neutral"
        case .figure: "figure"
        case .unspecified: "unspecified"
        case .moments: "moments"
        case .confirms: "confirms"
        case .reportsViolation: "reports-violation"
        }
    }
}
