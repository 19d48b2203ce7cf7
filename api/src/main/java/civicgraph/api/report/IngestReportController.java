package civicgraph.api.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import civicgraph.api.source.Source;
import civicgraph.api.source.SourceQueries;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code ingestReport}: what the graph holds and what the extractor found questionable, line by line. */
@Controller
class IngestReportController {

    private final IngestReportQueries reports;

    private final SourceQueries sources;

    IngestReportController(IngestReportQueries reports, SourceQueries sources) {
        this.reports = reports;
        this.sources = sources;
    }

    @QueryMapping
    IngestReport ingestReport() {
        return this.reports.report();
    }

    @BatchMapping(typeName = "Finding")
    Map<Finding, Source> source(List<Finding> findings) {
        Map<String, Source> found = new LinkedHashMap<>();
        this.sources.byIds(findings.stream().map(Finding::sourceId).distinct().toList())
            .forEach((s) -> found.put(s.id(), s));
        Map<Finding, Source> answer = new LinkedHashMap<>();
        findings.forEach((f) -> answer.put(f, found.get(f.sourceId())));
        return answer;
    }
}
