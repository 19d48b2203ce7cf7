package civicgraph.seed.extract.attendance;

import civicgraph.seed.corpus.Corpus;
import civicgraph.seed.corpus.CorpusFile;
import civicgraph.seed.corpus.Gazette;
import civicgraph.seed.extract.Finding;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The attendance parser over the five bundled seeds, against expected/attendance.tsv (read by hand). */
class AttendanceCorpusTests {

    @Test
    void readsTheSeedsAttendanceAsExpected() throws IOException {
        Set<String> actual = new LinkedHashSet<>();
        List<Finding> findings = new ArrayList<>();
        for (CorpusFile file : Corpus.bundled()) {
            Gazette gazette = file.read();
            String prefix = gazette.fileName().substring(0, 3);
            AttendanceResult result = AttendanceParser.parse(gazette);
            findings.addAll(result.findings());
            for (AttendanceRecord record : result.records()) {
                for (Sitting sitting : record.sittings()) {
                    String when = Objects.toString(sitting.date(), "-") + "\t" + Objects.toString(sitting.half(), "-");
                    actual.add(String.join("\t", "SITTING", prefix, String.valueOf(sitting.evidence().line()), when,
                            sitting.expected() + "/" + sitting.statedPresent() + "/" + sitting.statedOnLeave(), "-"));
                    sitting.present().forEach((m) -> actual.add(String.join("\t", "NAME", prefix,
                            String.valueOf(m.evidence().line()), when, "PRESENT", m.name().value())));
                    sitting.onLeave().forEach((m) -> actual.add(String.join("\t", "NAME", prefix,
                            String.valueOf(m.evidence().line()), when, "ON_LEAVE", m.name().value())));
                }
            }
        }
        findings.forEach((f) -> System.out.println("  finding: " + f));

        Expectation.load("expected/attendance.tsv").assertMatches(actual);
        assertThat(findings).noneMatch((f) -> f.message().startsWith("attendance does not add up"));
    }
}
