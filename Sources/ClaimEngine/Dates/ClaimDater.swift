import Lexicons
import NewsText

/// The date of one claim, from the date expressions of its sentence (LABELING.md "date",
/// settled for real text by CONVENTIONS.md):
///
/// - a date inside what the speaker says dates the claim — the one nearest its words when
///   there are several ("signed on Monday declaring a ceasefire from 12am on Tuesday");
/// - otherwise a date elsewhere in the sentence does ("said on Sunday that …"), unless it
///   plainly belongs to another event: a relative clause ("the truce, which was announced
///   on Sunday"), the writer's own clause before a speaker's ("After Azerbaijan attacked on
///   Tuesday, Blinken called on …"), or a truce's own participle ("the agreement reached on
///   14 September") for anything but that truce;
/// - two days joined as a range ("from 21:30 on March 8 to 04:15 on March 9") give the month;
/// - a signed post's sentences are dated by its signature line;
/// - a clock time with no day ("at 05:20", "at midnight") is the publication day;
/// - a standing state ("the Armenian-occupied districts") has no date.
struct ClaimDater {
    let mentions: SentenceMentions
    let tokens: [Token]
    let statements: [Statement]
    let published: CalendarDate?

    /// A claim's date, where it comes from, and whether it names a night.
    struct Dated {
        let date: EventDate
        let source: DateSource
        var atNight = false
    }

    func date(of draft: ClaimDraft, in statement: Statement) -> Dated? {
        if let mention = stated(draft, in: statement) {
            return Dated(date: mention.date, source: .stated, atNight: mention.atNight)
        }
        return fallback(draft, in: statement)
    }

    /// A signed post's day, or the publication day for a clock time with no day.
    private func fallback(_ draft: ClaimDraft, in statement: Statement) -> Dated? {
        guard !draft.isStanding, mentions.dates.allSatisfy({ $0.date == nil }) else { return nil }
        if let posted = statement.postedOn { return Dated(date: posted, source: .posted) }
        if hasClockTime(for: draft), let published { return Dated(date: .day(published), source: .published) }
        return nil
    }

    private func stated(_ draft: ClaimDraft, in statement: Statement) -> (date: EventDate, atNight: Bool)? {
        guard !draft.isStanding else { return nil }
        var dates = mentions.dates.filter { $0.date != nil }
        // A claim told in a relative clause ("the 2020 war, which left thousands dead") takes
        // only the dates of that clause.
        if let clause = relativeClause(holding: draft.anchor) {
            dates = dates.filter { clause.contains($0.tokens.lowerBound) }
        }
        let usable = dates.filter { mention in
            draft.kind == .ceasefire || !describesTruce(mention)
        }
        let inside = usable.filter { mention in statement.content.contains { $0.contains(mention.tokens.lowerBound) } }
        if let range = range(of: inside.isEmpty ? usable : inside) { return (range, false) }
        let anchor = draft.anchor
        if let nearest = inside.min(by: { distance($0, anchor) < distance($1, anchor) }), let date = nearest.date {
            return (date, nearest.atNight)
        }
        let elsewhere = usable.filter { mention in
            !isInRelativeClause(mention)
                && !statements.contains { other in
                    other.rule == .narrator && other.speaker != statement.speaker
                        && other.content.contains { $0.contains(mention.tokens.lowerBound) }
                }
        }
        return elsewhere.first.flatMap { mention in mention.date.map { ($0, mention.atNight) } }
    }

    private func distance(_ mention: DateMention, _ anchor: Int) -> Int {
        mention.tokens.lowerBound >= anchor ? mention.tokens.lowerBound - anchor : anchor - mention.tokens.upperBound
    }

    /// "the agreement reached on 14 September", "a truce announced on Sunday": a date right
    /// after a ceasefire's status word dates that status; a date right before a truce word
    /// names the truce.
    private func describesTruce(_ mention: DateMention) -> Bool {
        // "the 9 November 2020 ceasefire", "the 10 November trilateral statement": a date that
        // names the truce right after it.
        let opensPhrase = mention.tokens.lowerBound > mentions.sentence.tokens.lowerBound
            && FunctionWords.determiners.contains(tokens[mention.tokens.lowerBound - 1].key)
        let names = opensPhrase && mentions.triggers.contains { truce in
            truce.start >= mention.tokens.upperBound && truce.start - mention.tokens.upperBound <= 1
                && truce.value.contains { $0.sense == .truce }
        }
        if names { return true }
        let start = max(mentions.sentence.tokens.lowerBound, mention.tokens.lowerBound - 3)
        return mentions.triggers.contains { status in
            status.end > start && status.end <= mention.tokens.lowerBound
                && status.value.contains { if case .ceasefireStatus(.agreed) = $0.sense { true } else { false } }
                // … of a truce named right before it: "the agreement reached on", not "Aliyev announced on".
                && mentions.triggers.contains { truce in
                    truce.end <= status.start && status.start - truce.end <= 2
                        && truce.value.contains { $0.sense == .truce || $0.sense == .truceAnaphor }
                }
        }
    }

    /// A date inside "which …" / "that …" after a comma: the relative clause's own event.
    private func isInRelativeClause(_ mention: DateMention) -> Bool {
        relativeClause(holding: mention.tokens.lowerBound) != nil
    }

    /// The relative clause set off by a comma (", which …", ", who …") that holds a token, up
    /// to the next comma or the end of the sentence.
    private func relativeClause(holding index: Int) -> Range<Int>? {
        let sentence = mentions.sentence.tokens
        var start = index
        while start > sentence.lowerBound {
            start -= 1
            let key = tokens[start].key
            if key == FunctionWords.comma || key == FunctionWords.semicolon { return nil }
            if FunctionWords.relatives.contains(key) {
                guard start > sentence.lowerBound, tokens[start - 1].key == FunctionWords.comma else { return nil }
                var end = index
                while end < sentence.upperBound, tokens[end].key != FunctionWords.comma, tokens[end].key != FunctionWords.semicolon { end += 1 }
                return start..<end
            }
        }
        return nil
    }

    /// Two days of one month joined by "to", "until" or a dash: the month.
    private func range(of dates: [DateMention]) -> EventDate? {
        let days = dates.compactMap { mention -> (DateMention, CalendarDate)? in
            if case .day(let day) = mention.date { return (mention, day) }
            return nil
        }
        for (index, (first, start)) in days.enumerated() where index + 1 < days.count {
            let (second, end) = days[index + 1]
            guard start != end, start.year == end.year, start.month == end.month else { continue }
            let between = first.tokens.upperBound..<max(first.tokens.upperBound, second.tokens.lowerBound)
            if between.contains(where: { FunctionWords.rangeWords.contains(tokens[$0].key) || tokens[$0].kind == .dash }) {
                return .month(year: start.year, month: start.month)
            }
        }
        return nil
    }

    /// A clock time that is not an entry's own stamp ("at 05:20", "around noon"), nor the
    /// time of another event told in a relative clause ("the ceasefire, which went into
    /// effect around noon") unless the claim is in that clause.
    private func hasClockTime(for draft: ClaimDraft) -> Bool {
        let clause = relativeClause(holding: draft.anchor)
        return mentions.times.contains { time in
            guard !TimeMention.isStamp(time, in: mentions.sentence, tokens: tokens) else { return false }
            let timeClause = relativeClause(holding: time.tokens.lowerBound)
            return timeClause == nil || timeClause == clause
        }
    }
}
