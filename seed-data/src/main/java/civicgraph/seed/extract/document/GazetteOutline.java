package civicgraph.seed.extract.document;

import java.util.List;

import civicgraph.seed.extract.Finding;

/**
 * A gazette cut into its documents: the district it is about, its 目录, its titled sections in order, and what did
 * not fit (a 目录 entry with no document in the body, a section with no date …) as findings.
 */
public record GazetteOutline(String source, String district, List<TocEntry> tableOfContents,
        List<DocumentSection> sections, List<Finding> findings) {

    public GazetteOutline {
        tableOfContents = List.copyOf(tableOfContents);
        sections = List.copyOf(sections);
        findings = List.copyOf(findings);
    }
}
