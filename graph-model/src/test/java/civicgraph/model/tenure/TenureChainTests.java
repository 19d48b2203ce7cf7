package civicgraph.model.tenure;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each holder is a timeline of one person written as in {@link TenureTimelineTests}, named by a letter, with its
 * attestations written {@code @date}; holders are separated by {@code ;}. A succession reads {@code A1>B1}: the first
 * tenure of A, then the first of B.
 */
class TenureChainTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # scenario                         | holders                                                                                  | successions
            one holder: no succession          | A=APPOINTED@2019-01-01                                                                   | ''
            handover on one day                | A=APPOINTED@2019-01-01 REMOVED@2023-09-27; B=APPOINTED@2023-09-27                        | A1>B1
            given newest first                 | B=APPOINTED@2023-09-27; A=APPOINTED@2019-01-01 REMOVED@2023-09-27                        | A1>B1
            a vacancy still links              | A=APPOINTED@2016-01-01 TERMINATED@2020-05-01; B=APPOINTED@2021-03-01                     | A1>B1
            three holders                      | C=APPOINTED@2023-02-01; A=APPOINTED@2015-01-01 REMOVED@2018-01-01; B=APPOINTED@2018-01-01 REMOVED@2023-02-01 | A1>B1 B1>C1
            unknown start: placed by sighting  | A=RESIGNATION_ACCEPTED@2021-06-30 @2020-03-01; B=APPOINTED@2021-06-30                    | A1>B1
            attested only                      | A=@2019-06-01 @2020-06-01; B=APPOINTED@2021-01-01                                         | A1>B1
            a second term follows another's    | A=APPOINTED@2015-01-01 REMOVED@2018-01-01 APPOINTED@2021-01-01; B=APPOINTED@2018-01-01 REMOVED@2021-01-01 | A1>B1 B1>A2
            a tenure with no date is left out  | A=APPOINTED@?; B=APPOINTED@2021-01-01; C=APPOINTED@2023-01-01                            | B1>C1
            same start: the shorter first      | A=APPOINTED@2020-01-01; B=APPOINTED@2020-01-01 REMOVED@2020-06-01                        | B1>A1
            """)
    void linksHoldersInStartOrder(String scenario, String holders, String successions) {
        List<Named> tenures = new ArrayList<>();
        for (String holder : holders.split(";")) {
            String[] nameAndTimeline = holder.strip().split("=", 2);
            List<String> words = List.of(nameAndTimeline[1].strip().split("\\s+"));
            String events = String.join(" ", words.stream().filter((w) -> !w.startsWith("@")).toList());
            String attestations = String.join(" ",
                    words.stream().filter((w) -> w.startsWith("@")).map((w) -> w.substring(1)).toList());
            List<Tenure> timeline = TenureTimelineTests.timeline(events, attestations);
            for (int i = 0; i < timeline.size(); i++) {
                tenures.add(new Named(nameAndTimeline[0] + (i + 1), timeline.get(i)));
            }
        }

        List<Succession> chain = TenureChain.link(tenures.stream().map(Named::tenure).toList());

        assertThat(chain).extracting((s) -> nameOf(s.predecessor(), tenures) + ">" + nameOf(s.successor(), tenures))
            .containsExactly(successions.isEmpty() ? new String[0] : successions.split(" "));
    }

    private static String nameOf(Tenure tenure, List<Named> tenures) {
        return tenures.stream().filter((n) -> n.tenure() == tenure).map(Named::name).findFirst().orElseThrow();
    }

    private record Named(String name, Tenure tenure) {
    }
}
