import ClaimEngine
import Lexicons
import NewsText

/// Checks one decoded label file against the label format and its article, and types its
/// values.
///
/// Every problem of every claim is reported, not just the first, so a labeller fixes a file
/// in one pass:
///
///     Corpus/labels/wire-2022-09-13-border.json: claim 3: unknown party 'armenia-mf'; use one of: armenia-mod, …
///     Corpus/labels/wire-2022-09-13-border.json: claim 5: quote 'nearly fifty' is not in the article body; …
enum LabelValidator {
    /// The gold claims of `file`, and every problem found in it; the claims are usable only
    /// when there is no problem.
    static func validate(_ file: LabelFile, source: String, expectedID: String, article: Article) -> (gold: [GoldClaim], problems: [LabelError]) {
        var problems: [LabelError] = []
        if file.document != expectedID {
            problems.append(
                LabelError(
                    file: source,
                    message: "document '\(file.document)' does not match the file name; write \"document\": \"\(expectedID)\""))
        }
        var claims: [GoldClaim] = []
        for (index, raw) in file.claims.enumerated() {
            var check = ClaimCheck(source: source, number: index + 1)
            if let claim = check.typed(raw, body: article.body) { claims.append(claim) }
            problems += check.problems
        }
        return (claims, problems)
    }
}

/// The checks of one claim, collecting a problem per bad field.
private struct ClaimCheck {
    let source: String
    let number: Int
    var problems: [LabelError] = []

    init(source: String, number: Int) {
        self.source = source
        self.number = number
    }

    mutating func typed(_ raw: LabelFile.Claim, body: [UInt8]) -> GoldClaim? {
        let party = required(Party.self, raw.party, field: "party")
        if let party, raw.side != party.side.rawValue {
            problem("side '\(raw.side)' does not match party '\(party.rawValue)'; its side is '\(party.side.rawValue)'")
        }
        let mode = required(Mode.self, raw.mode, field: "mode")
        let kind = required(ClaimKind.self, raw.kind, field: "kind")
        let aggressor = optional(Belligerent.self, raw.aggressor, field: "aggressor")
        let target = optional(Belligerent.self, raw.target, field: "target")
        let victim = optional(Victim.self, raw.victim, field: "victim")
        let outcome = optional(Outcome.self, raw.outcome, field: "outcome")
        let count = interval(raw.count)
        let date = eventDate(raw.date)
        let quoteRanges = ByteSearch.ranges(of: Array(raw.quote.utf8), in: body)
        if raw.quote.isEmpty {
            problem("quote is empty; copy the words that carry the claim from the article")
        } else if quoteRanges.isEmpty {
            problem(
                "quote '\(raw.quote)' is not in the article body; copy it from the article byte for byte"
                    + " (curly quotes and apostrophes as written)")
        }
        guard problems.isEmpty, let party, let mode, let kind, let aggressor, let target, let victim, let outcome,
            let count, let date
        else { return nil }
        return GoldClaim(
            party: party, mode: mode, kind: kind, aggressor: aggressor, target: target, negated: raw.negated,
            victim: victim, outcome: outcome, count: count, date: date, quote: raw.quote, quoteRanges: quoteRanges)
    }

    private mutating func problem(_ message: String) {
        problems.append(LabelError(file: source, claim: number, message: message))
    }

    /// A value that must be one of the type's ids: "unknown party 'armenia-mf'; use one of: …".
    private mutating func required<Value: RawRepresentable & CaseIterable>(_: Value.Type, _ text: String, field: String) -> Value?
    where Value.RawValue == String {
        if let value = Value(rawValue: text) { return value }
        problem("unknown \(field) '\(text)'; use one of: \(Value.allCases.map(\.rawValue).joined(separator: ", "))")
        return nil
    }

    /// A nullable value: `.some(nil)` for null, nil when the text is no known id.
    private mutating func optional<Value: RawRepresentable & CaseIterable>(_: Value.Type, _ text: String?, field: String) -> Value??
    where Value.RawValue == String {
        guard let text else { return .some(nil) }
        if let value = Value(rawValue: text) { return .some(value) }
        problem("unknown \(field) '\(text)'; use one of: \(Value.allCases.map(\.rawValue).joined(separator: ", ")), or null")
        return nil
    }

    private mutating func interval(_ count: LabelFile.Count?) -> CountInterval?? {
        guard let count else { return .some(nil) }
        if let min = count.min, let max = count.max, min > max {
            problem("count min \(min) is greater than max \(max); write {\"min\": \(max), \"max\": \(min)}")
            return nil
        }
        if count.min == nil && count.max == nil {
            problem("count has neither min nor max; write null for an unspecified number")
            return nil
        }
        return .some(CountInterval(min: count.min, max: count.max))
    }

    private mutating func eventDate(_ text: String?) -> EventDate?? {
        guard let text else { return .some(nil) }
        if let date = EventDate(label: text) { return .some(date) }
        problem("date '\(text)' is not a real day or month written YYYY-MM-DD or YYYY-MM; e.g. 2022-09-13 or 2022-09")
        return nil
    }
}
