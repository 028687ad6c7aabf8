import ClaimEngine
import NewsText
import Pipeline

/// Runs the real extractor, with the shipped lexicons, over article text written in a test.
package enum ExtractionFixture {
    /// The shipped extractor, the pipeline's.
    package static func extractor() throws -> Extractor {
        try pipeline.get().extractor
    }

    /// The shipped pipeline, built once for every test.
    package static let pipeline: Result<Pipeline, any Error> = Result { try Pipeline.bundled() }

    /// An article with this body, published on `published` (`YYYY-MM-DD`) by `outlet`.
    package static func article(_ body: String, published: String? = "2022-09-13", outlet: String = "Caucasus Wire", id: String = "test")
        -> Article
    {
        Article(
            id: id, outlet: outlet, published: published.flatMap { CalendarDate(iso: $0) }, url: "",
            source: "\(id).md", body: Array(body.utf8), bodyFirstLine: 1)
    }

    /// The claims of a body, each as a one-line summary (see `summary(_:)`).
    package static func summaries(_ body: String, published: String? = "2022-09-13", outlet: String = "Caucasus Wire") throws
        -> [String]
    {
        try extractor().claims(in: article(body, published: published, outlet: outlet)).map(summary)
    }

    /// `party mode kind` then the values that are set:
    /// `armenia-mod indirect casualties victim=armenia outcome=killed count=45...49 date=2022-09-12`.
    package static func summary(_ claim: Claim) -> String {
        var parts = [claim.party.rawValue, claim.mode.rawValue, claim.kind.rawValue]
        if let aggressor = claim.aggressor { parts.append("aggressor=\(aggressor.rawValue)") }
        if let target = claim.target { parts.append("target=\(target.rawValue)") }
        if claim.negated { parts.append("negated") }
        if let victim = claim.victim { parts.append("victim=\(victim.rawValue)") }
        if let outcome = claim.outcome, claim.kind == .casualties { parts.append("outcome=\(outcome.rawValue)") }
        if let count = claim.count {
            parts.append("count=\(count.interval.map { "\($0.min.map(String.init) ?? "")...\($0.max.map(String.init) ?? "")" } ?? "?")")
        }
        if let status = claim.status { parts.append("status=\(status.rawValue)") }
        if let time = claim.time { parts.append("time=\(time)") }
        if let date = claim.date { parts.append("date=\(date)") }
        return parts.joined(separator: " ")
    }
}
