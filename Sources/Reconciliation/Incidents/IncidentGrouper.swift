import ClaimEngine
import NewsText

/// Groups the claims of a corpus into incidents: one per clash, however many outlets report it.
///
/// The unit is the article, because an article reports one clash ("the documents that report
/// them"): its news claims (see `ClaimDating`) span some days and name some places. Two
/// articles belong to the same incident when their days overlap or lie at most `maxGap` days
/// apart, and they name a common place or one of them names none — so a UN statement about
/// "the fighting" joins the clash of its days, and two clashes a year apart never merge.
/// The link is transitive: a clash spanning days is held together by its daily coverage.
///
/// A standoff can fall quiet for a while and flare up at the same places — the May 2021
/// border crisis: an incursion near Sev Lich on the 12th, a soldier killed and six captured
/// in Gegharkunik two weeks later. So two groups at most `lullDays` apart that name a common
/// place are one incident too, unless a ceasefire was agreed in either: fighting after a
/// truce is that truce's breach, a new incident (the Moscow truce of 10 October 2020 after
/// the war's first days).
package struct IncidentGrouper: Sendable {
    package var dating = ClaimDating()
    /// Days of silence that separate two clashes, unless told otherwise.
    package static let standardGap = 3
    /// Days of silence that separate two clashes.
    package var maxGap = IncidentGrouper.standardGap
    /// Days of silence a standoff at the same places can keep and remain one incident.
    package var lullDays = 14
    package var namer = IncidentNamer()

    package init() {}

    /// The incidents, in order of their first day, and the background claims.
    package func group(_ corpus: [ArticleClaims]) -> (incidents: [Incident], background: [ReportedClaim]) {
        var units: [Unit] = []
        var background: [ReportedClaim] = []
        for input in corpus {
            let anchor = dating.anchor(of: input)
            var news: [ReportedClaim] = []
            news.reserveCapacity(input.claims.count)
            for claim in input.claims {
                let reported = { (day: CalendarDate?, stated: Bool, since: CalendarDate?) in
                    ReportedClaim(claim: claim, article: input.article, day: day, dayIsStated: stated, since: since)
                }
                switch dating.placement(of: claim, anchor: anchor) {
                case .news(let day, let stated, let since):
                    news.append(reported(day, stated, since))
                case .background:
                    background.append(reported(claim.date.flatMap(Self.firstDay), true, nil))
                }
            }
            guard !news.isEmpty else { continue }
            units.append(Unit(claims: news, anchor: anchor, recentDays: maxGap))
        }
        var groups = bridgedLulls(linked(units))
        units = []
        var usedIDs = Set<String>()
        var incidents: [Incident] = []
        incidents.reserveCapacity(groups.count)
        for index in groups.indices {
            // Each group's claims are let go as soon as its incident holds them, and sorted in
            // place — a group of one article's claims taken as they are — so the corpus's
            // claims are held about once, not twice or three times.
            var claims = groups[index].count == 1 ? groups[index][0].claims : Self.joined(groups[index])
            groups[index] = []
            claims.sort(by: ReportedClaim.publicationOrder)
            incidents.append(namer.incident(claims: claims, usedIDs: &usedIDs))
        }
        return (incidents, background.sorted(by: ReportedClaim.publicationOrder))
    }

    /// The claims of a group's units in one list held exactly: it is kept for the whole run.
    private static func joined(_ units: [Unit]) -> [ReportedClaim] {
        var claims: [ReportedClaim] = []
        claims.reserveCapacity(units.reduce(0) { $0 + $1.claims.count })
        for unit in units { claims += unit.claims }
        return claims
    }

    /// One article's news claims, the days they span and the places they name.
    private struct Unit {
        let claims: [ReportedClaim]
        /// The days of the article's own news (see `init`).
        let span: DaySpan?
        /// Every day its news claims name or may mean ("last week").
        let reach: DaySpan?
        let places: PlaceIDs
        let document: String

        /// The span is the days of the article's own news — those at most `recentDays` before
        /// its anchor — when it has any: "Jabrayil was liberated on October 4", recalled in an
        /// article of the 11th, belongs to the article's incident but does not stretch it back
        /// to bridge two clashes.
        init(claims: [ReportedClaim], anchor: CalendarDate?, recentDays: Int) {
            self.claims = claims
            // Folded as the claims are walked, with no list of their days or places made: one
            // long article's unit holds tens of thousands of claims.
            let days = claims.lazy.compactMap(\.day)
            let recent = anchor.flatMap { anchor in DaySpan(covering: days.filter { anchor.dayNumber - $0.dayNumber <= recentDays }) }
            span = recent ?? DaySpan(covering: days)
            reach = DaySpan(covering: days).map { span in claims.lazy.compactMap(\.since).reduce(into: span) { $0.include($1) } }
            places = PlaceIDs(claims.lazy.flatMap { $0.claim.places.lazy.map(\.place) })
            document = claims[0].document
        }
    }

    /// Linked units as groups, ordered by first day then document; undated units stay alone.
    /// Two articles report one clash when their own news lies at most `maxGap` days apart, or
    /// when one looks back over all the days of the other's news ("the exodus that began with
    /// the offensive of 19 September", written on the 30th).
    private func linked(_ units: [Unit]) -> [[Unit]] {
        let order = units.indices.sorted { lhs, rhs in
            let left = units[lhs].reach?.first.dayNumber ?? Int.max
            let right = units[rhs].reach?.first.dayNumber ?? Int.max
            return left != right ? left < right : units[lhs].document < units[rhs].document
        }
        var parent = Array(units.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        // Articles with the same days and places link with the same others, and with each other:
        // the sweep compares the first of each such account only, so a clash that thousands of
        // articles tell alike costs its distinct accounts, not their pairs. (A unit with no
        // day has no reach either; those stay alone, last in `order`.)
        var sweep: [Int] = []
        var firstOfAccount: [Account: Int] = [:]
        for index in order {
            let unit = units[index]
            guard let span = unit.span, let reach = unit.reach else {
                sweep.append(index)
                continue
            }
            let account = Account(span: span, reach: reach, places: unit.places)
            if let first = firstOfAccount[account] {
                parent[root(index)] = root(first)
            } else {
                firstOfAccount[account] = index
                sweep.append(index)
            }
        }
        for (position, index) in sweep.enumerated() {
            guard let span = units[index].span, let reach = units[index].reach else { continue }
            for other in sweep[(position + 1)...] {
                guard let otherSpan = units[other].span, let otherReach = units[other].reach,
                    otherReach.first.dayNumber - span.last.dayNumber <= maxGap
                else { break }
                guard root(other) != root(index) else { continue }
                let close = span.gap(to: otherSpan) <= maxGap
                    || reach.contains(otherSpan) || otherReach.contains(span)
                guard close, sharePlace(units[index], units[other]) else { continue }
                parent[root(other)] = root(index)
            }
        }
        var groups: [Int: [Unit]] = [:]
        var groupOrder: [Int] = []
        for index in order {
            let key = root(index)
            if groups[key] == nil { groupOrder.append(key) }
            groups[key, default: []].append(units[index])
        }
        return groupOrder.compactMap { groups[$0] }
    }

    /// What links an article to others: the days of its news, the days it reaches, its places.
    private struct Account: Hashable {
        let span: DaySpan
        let reach: DaySpan
        let places: PlaceIDs
    }

    /// The places an article names, sorted and each once: a corpus holds one list per
    /// article, which a hash set would make several times larger.
    private struct PlaceIDs: Hashable {
        let ids: [String]

        init(_ named: some Sequence<String>) {
            ids = Set(named).sorted()
        }

        var isEmpty: Bool { ids.isEmpty }

        /// Whether the two lists name a common place: one walk through both.
        func intersects(_ other: PlaceIDs) -> Bool {
            var (left, right) = (0, 0)
            while left < ids.count, right < other.ids.count {
                if ids[left] == other.ids[right] { return true }
                if ids[left] < other.ids[right] { left += 1 } else { right += 1 }
            }
            return false
        }
    }

    /// Joins each group to the one before it when a lull at the same places separates them
    /// and neither holds an agreed ceasefire (see the type's documentation).
    private func bridgedLulls(_ groups: [[Unit]]) -> [[Unit]] {
        var bridged: [[Unit]] = []
        for group in groups {
            if let last = bridged.last, let earlier = Self.span(of: last), let later = Self.span(of: group),
                earlier.gap(to: later) <= lullDays, !Self.places(of: last).isDisjoint(with: Self.places(of: group)),
                !Self.hasTruce(last), !Self.hasTruce(group)
            {
                bridged[bridged.count - 1] += group
            } else {
                bridged.append(group)
            }
        }
        return bridged
    }

    private static func span(of group: [Unit]) -> DaySpan? {
        DaySpan(covering: group.compactMap(\.span).flatMap { [$0.first, $0.last] })
    }

    private static func places(of group: [Unit]) -> Set<String> {
        group.reduce(into: Set<String>()) { $0.formUnion($1.places.ids) }
    }

    private static func hasTruce(_ group: [Unit]) -> Bool {
        group.contains { unit in
            unit.claims.contains { $0.claim.kind == .ceasefire && ($0.claim.status == .agreed || $0.claim.status == .inForce) }
        }
    }

    private func sharePlace(_ lhs: Unit, _ rhs: Unit) -> Bool {
        lhs.places.isEmpty || rhs.places.isEmpty || lhs.places.intersects(rhs.places)
    }

    private static func firstDay(of date: EventDate) -> CalendarDate? {
        switch date {
        case .day(let day): day
        case .month(let year, let month): CalendarDate(year: year, month: month, day: 1)
        }
    }
}
