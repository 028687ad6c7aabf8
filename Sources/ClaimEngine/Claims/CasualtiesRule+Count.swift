import Lexicons
import NewsText

/// How many: the count of a loss's people, the groups joined to it and the parts set off
/// inside it, and one person where no number is written ("an Armenian soldier", "another").
extension CasualtiesRule {
    /// Counted groups of people joined by "and" or a comma before `people`, nearest first:
    /// "[293 soldiers] and three civilians".
    func joinedGroups(
        before people: Mention<NounClass>, lower: Int, used: Set<Int>, _ context: StatementContext
    ) -> [(people: Mention<NounClass>, count: CountMention)] {
        var groups: [(people: Mention<NounClass>, count: CountMention)] = []
        var boundary = people.start
        while let count = context.mentions.counts.last(where: { $0.tokens.upperBound <= boundary && $0.tokens.lowerBound >= lower }),
            count.tokens.lowerBound > lower,
            FunctionWords.coordinators.contains(context.tokens[count.tokens.lowerBound - 1].key)
        {
            let join = count.tokens.lowerBound - 1
            guard let earlier = context.mentions.nouns.last(where: { $0.end <= join && $0.start >= lower && $0.value.isPeople }),
                join - earlier.end <= 1,
                let earlierCount = context.mentions.counts.last(where: { $0.tokens.upperBound <= earlier.start && earlier.start - $0.tokens.upperBound <= 2 }),
                earlierCount.tokens.lowerBound >= lower, !used.contains(earlierCount.tokens.lowerBound)
            else { break }
            groups.append((earlier, earlierCount))
            boundary = earlierCount.tokens.lowerBound
        }
        return groups
    }

    /// The counted people a part marker sets off between a loss's count and its trigger:
    /// "207[, including three civilians,] were killed".
    func part(
        of count: CountMention, before trigger: Mention<[Trigger]>, _ context: StatementContext
    ) -> (people: Mention<NounClass>, count: CountMention)? {
        guard let part = context.mentions.counts.first(where: { candidate in
            candidate.tokens.lowerBound > count.tokens.lowerBound && candidate.tokens.upperBound <= trigger.start && isPart(candidate, context)
        }),
            let people = context.mentions.nouns.first(where: { noun in
                noun.value.isPeople && noun.start >= part.tokens.upperBound && noun.start - part.tokens.upperBound <= 1 && noun.end <= trigger.start
            })
        else { return nil }
        return (people, part)
    }

    /// The count of the people: next to the noun ("49 soldiers", "nearly 50 of its
    /// soldiers"), right before the trigger ("4 killed and 1 wounded", "13 were captured"),
    /// after it ("killed 7"), a little before it, a running total ("rose to 105"), or the
    /// article of one person ("an Armenian soldier was injured"). A count that names part of
    /// another ("207, including three civilians", "two of them civilians") is not the count.
    func count(
        people: Mention<NounClass>?, trigger: Mention<[Trigger]>, lower: Int, upper: Int, used: Set<Int>,
        _ context: StatementContext
    ) -> CountMention? {
        let counts = context.mentions.counts.filter {
            context.inContent($0.tokens.lowerBound) && !used.contains($0.tokens.lowerBound) && !isPart($0, context)
        }
        if let people, let count = counts.last(where: { count in
            count.tokens.upperBound <= people.start && count.tokens.lowerBound >= lower
                && (people.start - count.tokens.upperBound <= 3 || ofPossessor(count.tokens.upperBound..<people.start, context))
        }) {
            return count
        }
        let subjectEnd = endBeforePart(trigger.start, lower: lower, context)
        if let count = counts.last(where: { count in
            count.tokens.upperBound <= subjectEnd && count.tokens.lowerBound >= lower
                && (count.tokens.upperBound..<subjectEnd).allSatisfy { FunctionWords.auxiliaries.contains(context.tokens[$0].key) }
        }) {
            return count
        }
        if let count = counts.first(where: { $0.tokens.lowerBound >= trigger.end && $0.tokens.lowerBound - trigger.end <= 4 && $0.tokens.lowerBound < upper }) {
            return count
        }
        if let count = counts.last(where: { $0.tokens.upperBound <= trigger.start && trigger.start - $0.tokens.upperBound <= 3 && $0.tokens.lowerBound >= lower }) {
            return count
        }
        // A running total: "the number of servicemen killed … had risen to 525", "put … at 84".
        if let count = counts.first(where: { count in
            count.tokens.lowerBound > trigger.end && count.tokens.lowerBound < upper
                && FunctionWords.totalling.contains(context.tokens[count.tokens.lowerBound - 1].key)
        }) {
            return count
        }
        // "eliminated officers, including generals, …, as well as 30 soldiers": the people
        // named first are more, so the loss is at least the added group's count.
        if let people, let added = addedGroup(after: people.end, upper: upper, used: used, context), let least = added.count.interval?.min {
            let count = added.count
            return CountMention(
                tokens: count.tokens, bytes: count.bytes, interval: CountInterval(min: least, max: nil), qualifier: .atLeast, text: count.text)
        }
        return one(people, trigger: trigger, lower: lower, context)
    }

    /// A counted group of people added after a loss's own people, before `upper`: "…, as well
    /// as 30 soldiers", "… along with 36 civilians", "… plus 14 servicemen" — not "three tanks".
    func addedGroup(
        after start: Int, upper: Int, used: Set<Int>, _ context: StatementContext
    ) -> (people: Mention<NounClass>, count: CountMention)? {
        guard let count = context.mentions.counts.first(where: { $0.tokens.lowerBound >= start && $0.tokens.lowerBound < upper }),
            !used.contains(count.tokens.lowerBound), context.inContent(count.tokens.lowerBound), !isPart(count, context),
            addsToList(before: count.tokens.lowerBound, context),
            let people = context.mentions.nouns.first(where: { noun in
                noun.value.isPeople && noun.start >= count.tokens.upperBound && noun.start - count.tokens.upperBound <= 2
            }),
            // "…, and two soldiers were taken prisoner": the subject of the next loss word is its loss.
            !(context.mentions.triggers.contains { $0.start == upper }
                && (people.end..<upper).allSatisfy { FunctionWords.auxiliaries.contains(context.tokens[$0].key) })
        else { return nil }
        return (people, count)
    }

    /// "and", "plus", "as well as" or "along with" right before `index`.
    func addsToList(before index: Int, _ context: StatementContext) -> Bool {
        guard let last = context.token(at: index - 1) else { return false }
        if FunctionWords.adding.contains(last.key) { return true }
        return FunctionWords.addingPhrases.contains { words in
            index >= words.count && zip(context.tokens[(index - words.count)..<index], words).allSatisfy { $0.key == $1 }
        }
    }

    /// "18 [of his country's] soldiers": "of" and the people's owner between a count and them.
    func ofPossessor(_ between: Range<Int>, _ context: StatementContext) -> Bool {
        guard between.count <= 6, let first = between.first, context.tokens[first].key == FunctionWords.of else { return false }
        return between.dropFirst().allSatisfy { index in
            let token = context.tokens[index]
            return token.kind == .possessive || FunctionWords.determiners.contains(token.key)
                || context.sides.contains { $0.tokens.contains(index) } || context.mentions.parties.contains { $0.tokens.contains(index) }
                || FunctionWords.possessivePronouns.contains(token.key) || token.kind == .word && !FunctionWords.isGrammatical(token.key)
        }
    }

    /// Where the subject before a trigger ends once a part set off before it is skipped:
    /// "207[, including three civilians,] were killed" → after "207".
    func endBeforePart(_ index: Int, lower: Int, _ context: StatementContext) -> Int {
        var end = index
        while end > lower, FunctionWords.auxiliaries.contains(context.tokens[end - 1].key) { end -= 1 }
        guard end > lower, context.tokens[end - 1].key == FunctionWords.comma || context.tokens[end - 1].kind == .word else { return index }
        var start = end - 1
        while start > lower, !FunctionWords.partMarkers.contains(context.tokens[start].key), end - start <= 6 { start -= 1 }
        guard FunctionWords.partMarkers.contains(context.tokens[start].key) else { return index }
        return start > lower && context.tokens[start - 1].key == FunctionWords.comma ? start - 1 : start
    }

    /// "including three civilians", "among them 10 civilians", "two of them civilians": a part
    /// of a count already given.
    func isPart(_ count: CountMention, _ context: StatementContext) -> Bool {
        let start = count.tokens.lowerBound
        if let before = context.token(at: start - 1)?.key, FunctionWords.partMarkers.contains(before) || before == FunctionWords.them {
            return true  // "including 10", "among them 10"
        }
        let end = count.tokens.upperBound
        return context.token(at: end)?.key == FunctionWords.of && context.token(at: end + 1)?.key == FunctionWords.them
    }

    /// "20-year-old Aram Petrosyan was wounded", "a 19-year-old conscript": a person of an age
    /// in the loss's subject, one person; not "19-year-old conscripts", whose number is not given.
    /// The tokens are the age: the number, its hyphen and "year-old".
    func age(before trigger: Int, lower: Int, _ context: StatementContext) -> Range<Int>? {
        let first = max(lower, trigger - 8)
        guard first + 3 <= trigger, let start = (first...(trigger - 3)).first(where: { index in
            context.tokens[index].kind == .number && context.tokens[index + 1].key == FunctionWords.hyphen
                && context.tokens[index + 2].key == FunctionWords.yearOld
        })
        else { return nil }
        let end = start + 3
        if let noun = context.mentions.nouns.first(where: { $0.start == end }), context.forms[noun.end - 1].inflection != .base {
            return nil
        }
        return start..<end
    }

    /// "a civilian", "an Armenian soldier", "another was injured": one person, a count of one
    /// (LABELING.md's table).
    func one(_ people: Mention<NounClass>?, trigger: Mention<[Trigger]>, lower: Int, _ context: StatementContext) -> CountMention? {
        // "three soldiers were killed and another was wounded": one more of the same people.
        if trigger.start > lower {
            var before = trigger.start - 1
            while before > lower, FunctionWords.auxiliaries.contains(context.tokens[before].key) { before -= 1 }
            if context.tokens[before].key == FunctionWords.another {
                return CountMention(
                    tokens: before..<(before + 1), bytes: context.tokens[before].range, interval: CountInterval(min: 1, max: 1),
                    qualifier: nil, text: context.text(ofToken: before))
            }
        }
        if let age = age(before: trigger.start, lower: lower, context) {
            return CountMention(
                tokens: age, bytes: context.bytes(ofTokens: age),
                interval: CountInterval(min: 1, max: 1), qualifier: nil, text: context.text(ofTokens: age))
        }
        guard let people, people.start > lower, context.forms[people.end - 1].inflection == .base,
            // "two civilians, a woman and a child": the article names one of those counted.
            !context.mentions.counts.contains(where: { $0.tokens.lowerBound >= lower && $0.tokens.upperBound <= people.start })
        else { return nil }
        let window = max(lower, people.start - 3)..<people.start
        guard let article = window.last(where: { FunctionWords.indefiniteArticles.contains(context.tokens[$0].key) }),
            ((article + 1)..<people.start).allSatisfy({ index in
                context.tokens[index].kind == .word && !FunctionWords.isGrammatical(context.tokens[index].key)
            })
        else { return nil }
        return CountMention(
            tokens: article..<(article + 1), bytes: context.tokens[article].range, interval: CountInterval(min: 1, max: 1),
            qualifier: nil, text: context.text(ofToken: article))
    }
}
