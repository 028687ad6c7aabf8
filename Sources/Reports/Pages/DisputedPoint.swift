import Reconciliation

/// One entry of the index's most disputed points: a contradiction, its incident, and the
/// sentence quoted for it.
package struct DisputedPoint: Sendable {
    package let incident: Incident
    package let finding: Finding
    package let quote: ReportedClaim

    /// The contradictions an analyst should read first, one per (incident, question).
    ///
    /// Ranked by strength — most parties in dispute, then most evidence — but taken in turns
    /// across the kinds of question (who attacked, losses, dates), so that who-attacked
    /// disputes, which always involve the most parties, cannot fill the list. Each point quotes
    /// one sentence not quoted above it; a point whose every sentence is behind a point above
    /// it (wire copy reprinted across incidents) adds nothing and is left out.
    package static func ranked(_ corpus: ReconciledCorpus, limit: Int) -> [DisputedPoint] {
        // Each kind's candidates, strongest first — most parties in dispute, then most
        // evidence — then in corpus order. The list takes turns across the kinds: the next
        // point is the head of the kind with fewest points so far (ties: the stronger head,
        // then the earlier). Each candidate is weighed once, so ranking is n log n.
        typealias Candidate = (offset: Int, incident: Incident, finding: Finding, strength: (Int, Int))
        var queues: [FindingKind: [Candidate]] = [:]
        var questions = Set<String>()
        for incident in corpus.incidents {
            for finding in incident.findings where finding.relation == .contradiction {
                guard questions.insert("\(incident.id)/\(finding.key)").inserted else { continue }
                let offset = questions.count
                queues[finding.kind, default: []].append((offset, incident, finding, (finding.parties.count, finding.evidenceCount)))
            }
        }
        let stronger = { (left: Candidate, right: Candidate) in
            left.strength != right.strength ? left.strength > right.strength : left.offset < right.offset
        }
        var heads: [FindingKind: Int] = [:]
        for kind in queues.keys {
            queues[kind]?.sort(by: stronger)
            heads[kind] = 0
        }
        var taken: [FindingKind: Int] = [:]
        // The sentences behind the points listed, and the one each point quotes, by their
        // text: a point's evidence can be every claim of a long article or a clash told by
        // thousands, so a sentence is held as its fingerprint and its claim, not its bytes.
        var listed = Set<Sentence>()
        var quoted = Set<Sentence>()
        var points: [DisputedPoint] = []
        while points.count < limit {
            let next = queues.compactMap { kind, queue in heads[kind]! < queue.count ? queue[heads[kind]!] : nil }.min {
                let (leftTurn, rightTurn) = (taken[$0.finding.kind, default: 0], taken[$1.finding.kind, default: 0])
                return leftTurn != rightTurn ? leftTurn < rightTurn : stronger($0, $1)
            }
            guard let (_, incident, finding, _) = next else { break }
            heads[finding.kind]! += 1
            var addsSentences = false
            for claim in finding.positions.lazy.flatMap(\.evidence) where listed.insert(Sentence(claim)).inserted {
                addsSentences = true
            }
            guard addsSentences else { continue }
            // A sentence of a party in dispute says what the dispute is; a neutral one rarely
            // does. A point with a sentence not listed above has one not quoted above, as every
            // quote was listed.
            let unquoted = { (claim: ReportedClaim) in !quoted.contains(Sentence(claim)) }
            guard let quote = Self.earliest(in: finding.positions.filter(\.inDispute), where: unquoted)
                ?? Self.earliest(in: finding.positions, where: unquoted)
            else { continue }
            quoted.insert(Sentence(quote))
            taken[finding.kind, default: 0] += 1
            points.append(DisputedPoint(incident: incident, finding: finding, quote: quote))
        }
        return points
    }

    /// The first evidence claim in timeline order that passes `test`, as the first of the
    /// positions' evidence sorted (ties in position order): one pass, testing only a claim
    /// earlier than any passed so far, with no sorted copy of a finding that may cite every
    /// claim of a clash.
    private static func earliest(in positions: [Position], where test: (ReportedClaim) -> Bool) -> ReportedClaim? {
        var earliest: ReportedClaim? = nil
        for claim in positions.lazy.flatMap(\.evidence) {
            if let found = earliest, !ReportedClaim.timelineOrder(claim, found) { continue }
            if test(claim) { earliest = claim }
        }
        return earliest
    }

    /// A claim's sentence told apart by its text — a reprint's sentence is the same sentence —
    /// but held as a fingerprint of its bytes and its claim, which reads the bytes again only
    /// when two fingerprints match: the sentences wait on disk (`Excerpts`).
    private struct Sentence: Hashable {
        let fingerprint: Int
        let claim: ReportedClaim

        init(_ claim: ReportedClaim) {
            var hasher = Hasher()
            claim.sentenceBytes.withUnsafeBytes { hasher.combine(bytes: $0) }
            fingerprint = hasher.finalize()
            self.claim = claim
        }

        func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }

        static func == (lhs: Sentence, rhs: Sentence) -> Bool {
            lhs.fingerprint == rhs.fingerprint
                && (lhs.claim.article === rhs.claim.article && lhs.claim.claim.sentence == rhs.claim.claim.sentence
                    || lhs.claim.sentenceBytes == rhs.claim.sentenceBytes)
        }
    }
}
