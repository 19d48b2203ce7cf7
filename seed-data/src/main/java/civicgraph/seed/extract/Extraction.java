package civicgraph.seed.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import civicgraph.seed.corpus.Gazette;
import civicgraph.seed.extract.attendance.AttendanceResult;
import civicgraph.seed.extract.attendance.NonVotingResult;
import civicgraph.seed.extract.document.GazetteOutline;
import civicgraph.seed.extract.lineage.LineageFact;
import civicgraph.seed.extract.personnel.PersonnelResult;
import civicgraph.seed.extract.session.Session;
import civicgraph.seed.extract.session.SessionMention;

/** Every fact read from one gazette, family by family, before it is tied together for the graph. */
public record Extraction(Gazette gazette, GazetteOutline outline, List<Session> sessions,
        List<SessionMention> sessionMentions, AttendanceResult attendance, NonVotingResult nonVoting,
        PersonnelResult personnel, List<LineageFact> lineage) {

    /** Every family's findings, by line. */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>(this.outline.findings());
        all.addAll(this.attendance.findings());
        all.addAll(this.nonVoting.findings());
        all.addAll(this.personnel.findings());
        all.sort(Comparator.comparingInt(Finding::line).thenComparing(Finding::message));
        return all;
    }
}
