package civicgraph.seed.extract;

import civicgraph.seed.corpus.Gazette;
import civicgraph.seed.extract.attendance.AttendanceParser;
import civicgraph.seed.extract.attendance.NonVotingParser;
import civicgraph.seed.extract.document.DocumentSegmenter;
import civicgraph.seed.extract.document.GazetteOutline;
import civicgraph.seed.extract.lineage.LineageLinker;
import civicgraph.seed.extract.personnel.PersonnelExtractor;
import civicgraph.seed.extract.session.SessionExtractor;

/**
 * Reads a gazette with every rule family: the outline (documents, their dates, sessions and bylines) first, since
 * sessions and lineage hang on it, then attendance, non-voting attendance and personnel statements. Pure: text in,
 * facts out, no database.
 */
public final class Extractor {

    private final PersonnelExtractor personnel = new PersonnelExtractor();

    public Extraction extract(Gazette gazette) {
        GazetteOutline outline = DocumentSegmenter.segment(gazette);
        return new Extraction(gazette, outline, SessionExtractor.sessions(gazette, outline),
                SessionExtractor.mentions(gazette, outline), AttendanceParser.parse(gazette),
                NonVotingParser.parse(gazette), this.personnel.extract(gazette), LineageLinker.link(outline));
    }
}
