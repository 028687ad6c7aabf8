import ClaimEngine
import Lexicons
import NewsText
import Writers

/// `counterclaim explain`: how the extractor read each sentence of one article — the words
/// the lexicons found, who says what (speaker phrase, verb, attribution rule), and each claim
/// with the rules that produced it — so "why did it say that?" has an answer.
package enum ExplainMarkdown {
    /// Every sentence of the analysis, or only `sentence` (1-based) when given.
    package static func render(_ analysis: ArticleAnalysis, sentence only: Int? = nil) -> String {
        var lines: [String] = []
        write(
            analysis.article, sentences: analysis.document.sentences.count, claims: analysis.claims.count,
            outletVoice: analysis.outletVoice, sentence: only, sections: { $0(analysis) }, to: &lines)
        return lines.joinedAsLines()
    }

    /// The page of an article read a section at a time (`Extractor.forEachSection`), written
    /// as each section is read: `sections` hands its body each section's analysis in order, and
    /// `sentences` and `claims` are the whole article's counts, for the page's head.
    package static func write(
        _ article: Article, sentences: Int, claims: Int, outletVoice: Party?, sentence only: Int?,
        sections: ((ArticleAnalysis) -> Void) -> Void, to lines: inout some LineSink
    ) {
        lines.lines(["# How \(Markdown.inline(article.id)) was read", ""])
        var facts = [Wording.counted(sentences, "sentence"), Wording.counted(claims, "claim")]
        facts.append("published \(article.published?.description ?? "(no date): relative dates stay unresolved")")
        if let voice = outletVoice { facts.append("the outlet is \(voice.displayName): its own voice is \(voice.rawValue)'s") }
        lines.lines([facts.joined(separator: " · "), ""])
        var places = SourcePosition.Walker(article)
        var number = 0
        sections { analysis in
            let document = analysis.document
            var claims = analysis.claims[...]
            for index in document.sentences.indices {
                let sentence = document.sentences[index]
                let own = claims.prefix { $0.sentence == sentence.range }
                claims = claims.dropFirst(own.count)
                number += 1
                guard only == nil || only == number else { continue }
                lines.lines(
                    section(
                        number: number, line: places.position(ofBodyOffset: sentence.range.start).line, mentions: analysis.mentions[index],
                        statements: analysis.statements[index], claims: Array(own), document: document))
            }
        }
    }

    private static func section(
        number: Int, line: Int, mentions: SentenceMentions, statements: [Statement], claims: [Claim], document: Document
    ) -> [String] {
        var lines = ["## Sentence \(number) (line \(line))", "", "> \(Markdown.inline(document.text(of: mentions.sentence)))", ""]
        let found = words(in: mentions, document: document)
        lines.append(found.isEmpty ? "Found no word the lexicons know." : "Found:")
        lines += found.map { "- \($0)" }
        lines.append("")
        if !statements.isEmpty {
            lines.append("Said:")
            lines += statements.map { "- " + describe($0, document: document) }
            lines.append("")
        }
        if claims.isEmpty {
            lines.append("No claim.")
        } else {
            lines.append("Claims:")
            for claim in claims {
                var parts = ["\(claim.kind.rawValue) by \(claim.party.rawValue): \(ClaimTable.values(of: claim))"]
                if let date = claim.date { parts.append("on \(date)") }
                if !claim.places.isEmpty { parts.append("at \(claim.places.map(\.name).joined(separator: ", "))") }
                lines.append("- claim \(claim.number), " + Markdown.inline(parts.joined(separator: " · ")) + " — rule `\(claim.rule)`")
            }
        }
        lines.append("")
        return lines
    }

    /// The words the lexicons found in a sentence, in text order, each with what it was read as.
    private static func words(in mentions: SentenceMentions, document: Document) -> [String] {
        var found: [(start: Int, text: String)] = []
        func add(_ tokens: Range<Int>, _ reading: String) {
            let words = document.text(document.tokens.bytes(spanning: tokens))
            found.append((tokens.lowerBound, "\"\(Markdown.inline(words))\": \(reading)"))
        }
        for mention in mentions.parties { add(mention.tokens, "party \(mention.value.party.rawValue) (\(mention.value.role.rawValue))") }
        for mention in mentions.offices { add(mention.tokens, "office (\(mention.value.branch.rawValue) \(mention.value.role.rawValue))") }
        for mention in mentions.verbs {
            add(mention.tokens, "reporting verb (\(mention.value.pattern.rawValue), \(mention.value.stance.rawValue))")
        }
        for mention in mentions.hedges { add(mention.tokens, "\(mention.value.kind.rawValue) source") }
        for mention in mentions.sides { add(mention.tokens, "side word (\(mention.value.rawValue))") }
        for mention in mentions.triggers {
            add(mention.tokens, mention.value.map { describe($0.sense) }.joined(separator: "; "))
        }
        for mention in mentions.places { add(mention.tokens, "place \(mention.value.place)") }
        for mention in mentions.loadedTerms {
            add(mention.tokens, "loaded term (\(mention.value.leaning.rawValue); neutral: \(mention.value.neutral))")
        }
        for date in mentions.dates { add(date.tokens, "date (\(date.form.rawValue)) \(date.date?.description ?? "unresolved")") }
        for count in mentions.counts { add(count.tokens, "count " + describe(count.interval)) }
        for time in mentions.times { add(time.tokens, "clock time \(time.time)\(time.utcOffset == nil ? "" : " with a zone")") }
        return found.sorted { $0.start < $1.start }.map(\.text)
    }

    /// "49" for an exact count, "45…49" for a range, "vague" for "several".
    private static func describe(_ interval: CountInterval?) -> String {
        guard let interval else { return "vague" }
        if let min = interval.min, interval.max == min { return String(min) }
        return interval.description
    }

    private static func describe(_ sense: Trigger.Sense) -> String {
        switch sense {
        case .attack(let word): "attack word (\(word.rawValue))"
        case .casualties(let outcome, _): "loss word (\(outcome.rawValue))"
        case .territory(let seized, _, let standing): "ground \(seized ? "taken" : "lost")\(standing ? " (a standing state)" : "")"
        case .truce: "ceasefire"
        case .truceAnaphor: "ceasefire, once one is named"
        case .ceasefireStatus(let status): "ceasefire status (\(status.rawValue))"
        case .appeal: "appeal"
        case .halt: "halt"
        case .end: "end of fighting"
        case .appealTopic: "what an appeal asks for"
        }
    }

    private static func describe(_ statement: Statement, document: Document) -> String {
        var parts = [statement.speaker.party.rawValue, statement.mode.rawValue]
        if let phrase = statement.speaker.phrase { parts.append("speaker \"\(document.text(phrase))\"") }
        if let verb = statement.verb { parts.append("verb \"\(document.text(document.tokens.bytes(spanning: verb.tokens)))\"") }
        let said = statement.content.filter { !$0.isEmpty }.map { "\"\(document.text(document.tokens.bytes(spanning: $0)))\"" }
        return Markdown.inline(parts.joined(separator: ", ")) + " — rule `\(statement.rule.rawValue)`"
            + (said.isEmpty ? "" : ": " + Markdown.inline(said.joined(separator: " … ")))
    }
}
