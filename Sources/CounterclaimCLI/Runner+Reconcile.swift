import Pipeline
import Reconciliation
import Reports
import Writers

extension Runner {
    /// `counterclaim reconcile`: incidents and findings as JSON lines, JSON or Markdown.
    func reconcile(_ options: ReconcileOptions, output: inout some TextOutputStream, errors: inout some TextOutputStream) -> Int32
    {
        guard let pipeline = pipeline(lexicons: options.lexicons, errors: &errors) else { return Self.usageFailed }
        let corpus = extractedCorpus(
            paths: options.paths, published: options.published, errors: &errors, into: CorpusExtraction(pipeline: pipeline))
        let incidents = pipeline.reconcile(corpus.articles).incidents
        switch options.format {
        case .jsonl:
            IncidentJSON.writeLines(incidents, to: &output)
        case .json:
            var json = JSONWriter()
            json.beginArray()
            for incident in incidents {
                IncidentJSON.write(incident, to: &json, spillingInto: &output)
                output.write(json.flush())
            }
            json.endArray()
            output.write(json.flush() + "\n")
        case .markdown:
            ReconcileMarkdown.render(incidents, to: &output)
        }
        return corpus.hadProblems ? Self.inputFailed : Self.success
    }
}
