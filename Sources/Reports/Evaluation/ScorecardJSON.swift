import Evaluation
import Writers

/// The scorecard as one JSON object, the format of `Corpus/baseline.json`:
///
///     {
///       "documents":42,
///       "gold":595,
///       "gold-matched":…,
///       "predicted":…,
///       "predicted-matched":…,
///       "headline":{"detection-precision":0.912,…,"strict-f1":0.604},
///       "values":{"aggressor":0.950,…,"date":0.880},
///       "kinds":{
///         "attack":{"gold":…,"gold-matched":…,…,"headline":{…},"values":{…}},
///         …
///       },
///       "parties":{…}
///     }
///
/// Each kind and party has the shape of the whole. A score with nothing to divide by is null.
/// Keys come in a fixed order and numbers with three decimals, so the same run gives the same
/// bytes; one slice per line, so a change to a committed baseline reads well in a diff.
package enum ScorecardJSON {
    package static func render(_ scorecard: Scorecard) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.lineBreak(indent: 2)
        json.key("documents")
        json.int(scorecard.documents.count)
        writeFields(of: scorecard.total, to: &json, lineIndent: 2)
        json.lineBreak(indent: 2)
        json.key("kinds")
        writeSlices(scorecard.kindsInOrder.map { ($0.kind.rawValue, $0.tally) }, to: &json)
        json.lineBreak(indent: 2)
        json.key("parties")
        writeSlices(scorecard.partiesInOrder.map { ($0.party.rawValue, $0.tally) }, to: &json)
        if let findings = scorecard.findings {
            json.lineBreak(indent: 2)
            json.key("findings")
            findings.write(to: &json)
        }
        json.lineBreak(indent: 0)
        json.endObject()
        return json.output + "\n"
    }

    /// An object of named slices, one per line.
    private static func writeSlices(_ slices: [(name: String, tally: Tally)], to json: inout JSONWriter) {
        json.beginObject()
        for (name, tally) in slices {
            json.lineBreak(indent: 4)
            json.key(name)
            json.beginObject()
            writeFields(of: tally, to: &json, lineIndent: nil)
            json.endObject()
        }
        json.lineBreak(indent: 2)
        json.endObject()
    }

    /// The counts and scores of one slice as keys of the open object; each on its own line
    /// when `lineIndent` is given.
    private static func writeFields(of tally: Tally, to json: inout JSONWriter, lineIndent: Int?) {
        let counts = [
            ("gold", tally.gold), ("gold-matched", tally.goldMatched),
            ("predicted", tally.predicted), ("predicted-matched", tally.predictedMatched),
        ]
        for (name, count) in counts {
            if let lineIndent { json.lineBreak(indent: lineIndent) }
            json.key(name)
            json.int(count)
        }
        if let lineIndent { json.lineBreak(indent: lineIndent) }
        json.key("headline")
        writeScores(HeadlineScore.allCases.map { ($0.rawValue, tally.score($0)) }, to: &json)
        if let lineIndent { json.lineBreak(indent: lineIndent) }
        json.key("values")
        writeScores(ValueField.allCases.map { ($0.rawValue, tally.accuracy(of: $0)) }, to: &json)
    }

    private static func writeScores(_ scores: [(key: String, value: Double?)], to json: inout JSONWriter) {
        json.beginObject()
        for (key, value) in scores {
            json.key(key)
            json.decimal(value, places: HeadlineScore.places)
        }
        json.endObject()
    }
}
