import ClaimEngine
import Lexicons
import NewsText
import Reconciliation

/// The reconciler's incidents, indexed once for the bias figures: which incident holds each
/// claim, which parties each outlet quotes in it, and what the belligerents said about its
/// losses and lost ground.
///
/// Bias reads events exactly as the incident pages do (`IncidentGrouper`): an outlet's
/// omissions are counted per incident, and an own-voice figure is compared with the figures
/// of its own incident. A claim the reconciler set aside as history belongs to none.
package struct IncidentCoverage: Sendable {
    /// One incident, reduced to what bias compares.
    package struct Entry: Sendable {
        package let id: String
        package let span: DaySpan?
        /// Outlet → the parties its claims in the incident come from.
        fileprivate(set) var quoted: [String: PartySet] = [:]
        /// Casualty figures by victim and outcome (`Accounts.key`), each with the side that gave
        /// it, each once, in no order that matters: a list, not a set, as the coverage of every
        /// incident is held while bias is read.
        fileprivate(set) var figures: [Accounts.Key: [Figure]] = [:]
        /// The sides that say a victim lost ground, by `Accounts.key`.
        fileprivate(set) var territory: [Accounts.Key: Set<Belligerent>] = [:]
    }

    /// A belligerent's figure for one loss.
    package struct Figure: Hashable, Sendable {
        package let side: Belligerent
        package let interval: CountInterval

        /// Each figure once, in a fixed order.
        static func list(_ figures: Set<Figure>) -> [Figure] {
            figures.sorted { $0.order < $1.order }
        }

        private var order: (String, Int, Int, Int, Int) {
            (side.rawValue, interval.min == nil ? 0 : 1, interval.min ?? 0, interval.max == nil ? 1 : 0, interval.max ?? 0)
        }
    }

    /// In the reconciler's order (by first day).
    package private(set) var incidents: [Entry] = []
    /// Claim → position in `incidents`.
    private let claimIncidents: ClaimIncidents

    package init(_ incidents: [Incident]) {
        claimIncidents = ClaimIncidents(incidents)
        for incident in incidents {
            var entry = Entry(id: incident.id, span: incident.span)
            var figures: [Accounts.Key: Set<Figure>] = [:]
            for reported in incident.claims {
                let claim = reported.claim
                entry.quoted[reported.outlet, default: PartySet()].insert(claim.party)
                guard let side = claim.party.belligerent, let key = Accounts.key(claim) else { continue }
                switch claim.kind {
                case .casualties where !claim.negated:
                    if let interval = claim.count?.interval { figures[key, default: []].insert(Figure(side: side, interval: interval)) }
                case .territory:
                    entry.territory[key, default: []].insert(side)
                default:
                    continue
                }
            }
            entry.figures = figures.mapValues(Figure.list)
            self.incidents.append(entry)
        }
    }

    /// The incident that holds a claim of `document`; nil for history and claims no incident holds.
    package func incident(of claim: Claim, in document: String) -> Entry? {
        claimIncidents.position(of: claim, in: document).map { incidents[$0] }
    }

    /// The positions of the incidents that hold any claim of these articles, in incident order.
    package func incidents(holding articles: [BiasEvidence]) -> [Int] {
        var positions = Set<Int>()
        for article in articles {
            for claim in article.claims {
                if let position = claimIncidents.position(of: claim, in: article.id) { positions.insert(position) }
            }
        }
        return positions.sorted()
    }

    /// The named parties among these, in DESIGN.md order: narrator claims and unnamed "other"
    /// sources are not parties anyone can leave out.
    static func named(_ parties: PartySet) -> [Party] {
        parties.parties.filter { $0 != .narrator && $0 != .other }
    }
}
