/// Reconciles a corpus: groups its claims into incidents, then runs every finding rule on
/// each incident. A pure function of its input; the order of incidents, findings and claims
/// is fixed by the data, never by hashing or timing.
///
///     let corpus = Reconciler().reconcile(articles.map { ArticleClaims(article: $0, claims: extractor.claims(in: $0)) })
///     corpus.incidents.map(\.id)  // ["2020-09-27-stepanakert-khankendi", …, "2022-09-13-jermuk", …]
package struct Reconciler: Sendable {
    package var grouper: IncidentGrouper
    package var rules: [any FindingRule]

    /// The rules a reconciler runs unless told otherwise.
    package static let standardRules: [any FindingRule] = [AggressorFinder(), LossesFinder(), DateFinder(), CeasefireFinder()]

    package init(rules: [any FindingRule] = Reconciler.standardRules) {
        self.grouper = IncidentGrouper()
        self.rules = rules
    }

    package func reconcile(_ corpus: [ArticleClaims]) -> ReconciledCorpus {
        let (incidents, background) = grouper.group(corpus)
        return ReconciledCorpus(articles: corpus, incidents: incidents.map(withFindings), background: background)
    }

    /// The incident with every rule's findings. Incidents are independent of each other, so
    /// a caller may find them in any order, or on several cores (`Pipeline.reconcile`).
    package func withFindings(_ incident: Incident) -> Incident {
        var incident = incident
        incident.findings = rules.flatMap { $0.findings(in: incident) }.sorted(by: Finding.listOrder)
        return incident
    }
}

/// The reconciler's output: the incidents with their findings, and the claims that recall
/// history and so belong to no incident.
package struct ReconciledCorpus: Sendable {
    /// The input, in input order.
    package let articles: [ArticleClaims]
    /// In order of their first day.
    package let incidents: [Incident]
    /// Claims dated long before their article ("In April 2016 …"), in publication order.
    package let background: [ReportedClaim]

    package init(articles: [ArticleClaims], incidents: [Incident], background: [ReportedClaim]) {
        self.articles = articles
        self.incidents = incidents
        self.background = background
    }

    /// The incident that holds each claim: an index built on each call, so a caller builds
    /// it once.
    package func claimIncidents() -> ClaimIncidents { ClaimIncidents(incidents) }

    /// Findings by relation and kind, for the corpus at a glance.
    package func count(_ relation: Relation, _ kind: FindingKind) -> Int {
        incidents.reduce(0) { total, incident in
            total + incident.findings.filter { $0.relation == relation && $0.kind == kind }.count
        }
    }
}
