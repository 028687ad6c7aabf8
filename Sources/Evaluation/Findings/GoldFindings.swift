import Foundation
import Lexicons
import NewsText
import Reconciliation

/// The gold contradictions of a corpus, `Corpus/findings.json` (LABELING.md "Gold findings"):
///
///     {"findings": [{"kind": "losses", "incident": "2022-09-13",
///       "parties": ["armenia-gov", "azerbaijan-mod"], "victim": "azerbaijan", "outcome": "killed",
///       "event": null, "note": "…",
///       "evidence": [{"document": "wire-2022-09-13-border-clashes", "party": "armenia-gov", "quote": "…"}]}]}
///
/// Decoding checks every value, so a typo is reported as
/// `Corpus/findings.json: finding 3: unknown victim `armenian`; one of: …` before anything is scored.
package struct GoldFindings: Sendable {
    package struct Finding: Sendable {
        package let kind: FindingKind
        /// The first day of the clash.
        package let incident: CalendarDate
        package let parties: [Party]
        package let victim: Victim?
        package let outcome: Outcome?
        package let event: DatedEvent?
        package let note: String
        package let evidence: [Evidence]
    }

    /// A gold quote: a quote of a gold claim made by `party` in `document`.
    package struct Evidence: Sendable, Equatable {
        package let document: String
        package let party: Party
        package let quote: String
    }

    /// In file order; a finding's index in messages is its position here.
    package let findings: [Finding]
    /// The file as the user named it, for messages.
    package let file: String

    /// The kinds a gold finding may have: only contradictions are labelled, and only these.
    package static let kinds: [FindingKind] = [.aggressor, .losses, .date]

    /// Decodes and checks the file's values; throws the first problem, naming the finding.
    package static func decode(_ data: Data, file: String) throws(GoldFindingsError) -> GoldFindings {
        let raw: RawFile
        do {
            raw = try JSONDecoder().decode(RawFile.self, from: data)
        } catch {
            throw GoldFindingsError(
                file: file, index: nil,
                message: "not a findings file (\(Self.describe(error))); see LABELING.md, \"Gold findings\"")
        }
        var findings: [Finding] = []
        for (index, entry) in raw.findings.enumerated() {
            do {
                findings.append(try entry.checked())
            } catch let message {
                throw GoldFindingsError(file: file, index: index, message: message.text)
            }
        }
        return GoldFindings(findings: findings, file: file)
    }

    /// Checks every evidence quote against the gold labels: it must be the quote of a gold
    /// claim made by that party in `labels/<document>.json`. `quotes(document, party)` gives
    /// the quotes of that party's gold claims, or nil when the document has no labels.
    package func problems(quotes: (String, Party) -> [String]?) -> [GoldFindingsError] {
        var problems: [GoldFindingsError] = []
        for (index, finding) in findings.enumerated() {
            for evidence in finding.evidence {
                guard let known = quotes(evidence.document, evidence.party) else {
                    problems.append(
                        GoldFindingsError(
                            file: file, index: index,
                            message: "evidence names `\(evidence.document)`, which has no labels/\(evidence.document).json"))
                    continue
                }
                if !known.contains(evidence.quote) {
                    problems.append(
                        GoldFindingsError(
                            file: file, index: index,
                            message:
                                "the quote \"\(evidence.quote)\" is not a gold quote of \(evidence.party.rawValue) in labels/\(evidence.document).json; copy it from there"
                        ))
                }
            }
        }
        return problems
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context): "missing `\(key.stringValue)` at \(path(context))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "wrong type at \(path(context))"
        case DecodingError.dataCorrupted(let context): "invalid JSON at \(path(context))"
        default: "\(error)"
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return path.isEmpty ? "the top" : path
    }
}

/// A problem with the gold findings file, naming the file and the finding (0-based index).
package struct GoldFindingsError: Error, Equatable, Sendable, CustomStringConvertible {
    package let file: String
    package let index: Int?
    package let message: String

    package init(file: String, index: Int?, message: String) {
        self.file = file
        self.index = index
        self.message = message
    }

    package var description: String {
        index.map { "\(file): finding \($0): \(message)" } ?? "\(file): \(message)"
    }
}

/// The file as written, before its values are checked.
private struct RawFile: Decodable {
    let findings: [RawFinding]
}

private struct RawFinding: Decodable {
    struct RawEvidence: Decodable {
        let document: String
        let party: String
        let quote: String
    }

    let kind: String
    let incident: String
    let parties: [String]
    let victim: String?
    let outcome: String?
    let event: String?
    let note: String?
    let evidence: [RawEvidence]

    struct Problem: Error {
        let text: String
        init(_ text: String) { self.text = text }
    }

    func checked() throws(Problem) -> GoldFindings.Finding {
        guard let kind = FindingKind(rawValue: kind), GoldFindings.kinds.contains(kind) else {
            throw Problem("unknown kind `\(self.kind)`; one of: \(GoldFindings.kinds.map(\.rawValue).joined(separator: ", "))")
        }
        guard let day = CalendarDate(iso: incident) else {
            throw Problem("incident `\(incident)` is not a day; write the first day of the clash as YYYY-MM-DD")
        }
        let parties = try self.parties.map { name throws(Problem) in try Self.value(name, "party", as: Party.self) }
        guard Set(parties).count >= 2, Set(parties).count == parties.count else {
            throw Problem("parties must name at least two different parties, each once")
        }
        guard parties == parties.sorted() else {
            throw Problem("list the parties in DESIGN.md order: \(parties.sorted().map(\.rawValue).joined(separator: ", "))")
        }
        var victim: Victim?
        var outcome: Outcome?
        var event: DatedEvent?
        switch kind {
        case .losses:
            guard let victimName = self.victim, let outcomeName = self.outcome else {
                throw Problem("a losses finding needs a victim and an outcome")
            }
            victim = try Self.value(victimName, "victim", as: Victim.self)
            outcome = try Self.value(outcomeName, "outcome", as: Outcome.self)
        case .date:
            guard let eventName = self.event else {
                throw Problem("a date finding needs an event: fighting-start or ceasefire-start")
            }
            event = try Self.value(eventName, "event", as: DatedEvent.self)
        default:
            break
        }
        if kind != .losses && (self.victim != nil || self.outcome != nil) {
            throw Problem("victim and outcome are for losses findings only; write null")
        }
        if kind != .date && self.event != nil { throw Problem("event is for date findings only; write null") }
        let evidence = try self.evidence.map { item throws(Problem) in
            GoldFindings.Evidence(
                document: item.document, party: try Self.value(item.party, "evidence party", as: Party.self), quote: item.quote)
        }
        for party in parties where !evidence.contains(where: { $0.party == party }) {
            throw Problem("no evidence for \(party.rawValue); give at least one gold quote per party")
        }
        return GoldFindings.Finding(
            kind: kind, incident: day, parties: parties, victim: victim, outcome: outcome, event: event, note: note ?? "",
            evidence: evidence)
    }

    private static func value<T: RawRepresentable & CaseIterable>(_ name: String, _ what: String, as _: T.Type) throws(Problem)
        -> T
    where T.RawValue == String {
        guard let value = T(rawValue: name) else {
            throw Problem("unknown \(what) `\(name)`; one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }
}
