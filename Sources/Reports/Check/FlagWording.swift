import Lexicons
import Review

/// The English of the attribution check: each rule's one-line summary, and each flag's reason
/// (what is wrong) and suggestion (what to write instead), worded from what the rule found.
extension CheckRuleID {
    /// What the rule looks for, one line, for the summary table.
    package var summary: String {
        switch self {
        case .unattributedClaim: "the article's own voice asserts who attacked or the losses"
        case .attributionVerb: "a reporting verb that casts doubt or lends credence, and uneven verbs for the two sides"
        case .oneSidedSourcing: "a contested point on which only one belligerent is quoted"
        case .vagueSource: "a claim resting on an unnamed source: sources, reports, it is believed"
        case .loadedTerm: "a word that carries one side's framing (loaded-terms.tsv)"
        case .contestedName: "a place name with rival forms, used without the other name (places.tsv)"
        }
    }
}

extension Flag {
    /// One line: what is wrong ("'claimed' casts doubt on Azerbaijan's account …").
    package var reason: String {
        switch problem {
        case .unattributedClaim(let asserted, _):
            return "the article's own voice asserts \(Wording.list(asserted.map(Wording.assertion))), which the parties contest"
        case .attributionVerb(let verb, let stance, let party, let comparison):
            let whose = party.belligerent.map { "\(Wording.state($0))'s account" } ?? "what \(Wording.party(party)) says"
            let reason = stance == .doubt ? "'\(verb)' casts doubt on \(whose)" : "'\(verb)' presents \(whose) as established fact"
            switch comparison {
            case nil:
                return reason
            case .bothSides(let other, let verbs):
                return reason + " (the article uses such verbs for both sides: \(Wording.state(other))'s get \(Wording.tally(verbs)))"
            case .uneven(let other, let verbs):
                return reason + ", while \(Wording.state(other))'s statements get \(Wording.tally(verbs)): uneven"
            }
        case .oneSidedSourcing(let quoted, let points, let sentences):
            let numbers = sentences.map(String.init)
            return "only \(Wording.state(quoted))'s side is quoted on \(Wording.list(points.map(Self.point))) "
                + "(sentence\(numbers.count > 1 ? "s" : "") \(Wording.list(numbers))); "
                + "\(Wording.state(quoted.opponent))'s side is not quoted anywhere in the article"
        case .vagueSource(let phrase):
            return "the claim rests on '\(phrase)', which does not say who makes it"
        case .loadedTerm(let term, let agent, let leaning, let paraphrasing, _):
            let said = agent.map { ", said of \(Wording.state($0))," } ?? ""
            let framing = "'\(term)'\(said) carries \(Wording.framing(leaning)) framing"
            return paraphrasing.map { "\(framing), carried into a paraphrase of \(Wording.party($0))" }
                ?? "\(framing), in the article's own voice"
        case .contestedName(let name, let leaning, let rivals, let uses, _):
            let times = uses > 1 ? " (used \(uses) times)" : ""
            return "'\(name)' is the \(Wording.adjective(leaning)) name of a place also called"
                + " \(Wording.list(rivals)); the article never gives another name\(times)"
        }
    }

    /// One line: what to write instead.
    package var suggestion: String {
        switch problem {
        case .unattributedClaim(_, nil):
            return "attribute it: \"according to …\", naming who says so; state it as fact only if independently verified"
        case .unattributedClaim(_, let source?):
            let name = source.phrase ?? Wording.party(source.party)
            return "attribute it to \(name) (\(source.party.rawValue)), whose account it repeats in sentence \(source.sentence + 1):"
                + " \"…, \(name) said\" or \"according to \(name), …\""
        case .attributionVerb(let verb, let stance, _, _):
            let neutral = verb.hasSuffix("ing") ? "saying" : verb.hasSuffix("s") ? "says" : "said"
            return stance == .doubt
                ? "write '\(neutral)'; if the claim is doubtful, say why and who disputes it"
                : "write '\(neutral)'; keep '\(verb)' only for what independent sources have verified"
        case .oneSidedSourcing(let quoted, _, _):
            return "add \(Wording.state(quoted.opponent))'s account of the same events (its defence ministry or government),"
                + " or say that it did not respond"
        case .vagueSource:
            return "name the source and how they know, or say why it cannot be named"
        case .loadedTerm(_, _, _, let paraphrasing, let neutral):
            return paraphrasing == nil
                ? "neutral wording: \(neutral)"
                : "neutral wording: \(neutral); or quote the speaker's own word in quotation marks"
        case .contestedName(_, _, _, _, let pair):
            return "at first mention write '\(pair)'"
        }
    }

    /// "who attacked", "the losses": a contested point as a reason names it.
    private static func point(_ kind: ClaimKind) -> String {
        switch kind {
        case .attack: "who attacked"
        case .casualties: "the losses"
        case .territory: "ground lost"
        case .ceasefire, .appeal: kind.rawValue
        }
    }
}

extension Attribution {
    /// `armenia-mod (indirect, 'said', "Armenia's defence ministry")`, `narrator (unattributed)`.
    package var summary: String {
        var how = [mode.rawValue]
        if let verb { how.append("'\(verb)'") }
        if let speaker { how.append("\"\(speaker)\"") }
        return "\(party.rawValue) (\(how.joined(separator: ", ")))"
    }
}
