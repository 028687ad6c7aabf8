import ClaimReports
import Reconciliation

extension Runner {
    /// `counterclaim reconcile`: incidents and findings as JSON lines, JSON or Markdown.
    func reconcile(_ options: ReconcileOptions, output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32
    {
        guard let corpus = extractedCorpus(paths: options.paths, lexicons: options.lexicons, errors: &errors, keep: { _, _ in () })
        else { return Self.usageFailed }
        let incidents = Reconciler(places: corpus.places).reconcile(corpus.articles).incidents
        switch options.format {
        case .jsonl:
            output.write(IncidentJSON.lines(incidents))
        case .json:
            var json = JSONWriter()
            json.beginArray()
            for incident in incidents { IncidentJSON.write(incident, to: &json) }
            json.endArray()
            output.write(json.output + "\n")
        case .markdown:
            output.write(ReconcileMarkdown.render(incidents))
        }
        return corpus.hadProblems ? Self.inputFailed : Self.success
    }
}
