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

/** The 列席 parser over the five bundled seeds, against expected/nonvoting.tsv (read by hand). */
class NonVotingCorpusTests {

    @Test
    void readsTheSeedsNonVotingAttendanceAsExpected() throws IOException {
        Set<String> actual = new LinkedHashSet<>();
        List<Finding> findings = new ArrayList<>();
        int records = 0;
        for (CorpusFile file : Corpus.bundled()) {
            Gazette gazette = file.read();
            String prefix = gazette.fileName().substring(0, 3);
            NonVotingResult result = NonVotingParser.parse(gazette);
            findings.addAll(result.findings());
            records += result.records().size();
            for (NonVotingFact fact : result.facts()) {
                actual.add(String.join("\t", prefix, String.valueOf(fact.evidence().line()), fact.organisation(),
                        Objects.toString(fact.title(), "-"), fact.person().value(), fact.group()));
            }
        }
        findings.forEach((f) -> System.out.println("  finding: " + f));

        Expectation.load("expected/nonvoting.tsv").assertMatches(actual);
        assertThat(records).isEqualTo(2);
        assertThat(findings).isEmpty();
    }
}
