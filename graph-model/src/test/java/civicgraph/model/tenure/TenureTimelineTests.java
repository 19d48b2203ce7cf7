package civicgraph.model.tenure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import civicgraph.model.PersonnelEventKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Timelines written as text. Events: {@code KIND@date} (ids e1, e2… in order), {@code KIND@?} when undated,
 * {@code KIND@date:reason}. Attestations: dates (ids t1, t2…). A tenure reads {@code [start startEvent .. end
 * endEvent] STATUS}, {@code ?} for an unknown date; tenures are separated by {@code /}. The newest source is
 * 2023-12-31.
 */
class TenureTimelineTests {

    private static final LocalDate NEWEST = LocalDate.of(2023, 12, 31);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # scenario                         | events                                                          | attestations                   | tenures
            appointed then removed              | APPOINTED@2023-01-05 REMOVED@2023-09-27                         |                                | [2023-01-05 e1 .. 2023-09-27 e2] ENDED
            appointed, no end                   | APPOINTED@2021-03-01                                            |                                | [2021-03-01 e1 ..] CURRENT
            elected, then qualification: one    | ELECTED@2021-11-01 QUALIFICATION_CONFIRMED@2021-11-20           |                                | [2021-11-01 e1 ..] CURRENT
            reappointed while open: one         | APPOINTED@2018-01-10 APPOINTED@2021-01-10                       |                                | [2018-01-10 e1 ..] CURRENT
            request then acceptance, no start   | RESIGNATION_REQUESTED@2023-09-20 RESIGNATION_ACCEPTED@2023-09-27 |                               | [? .. 2023-09-27 e2] ENDED
            appointed, request, acceptance      | APPOINTED@2021-06-01 RESIGNATION_REQUESTED@2023-09-20 RESIGNATION_ACCEPTED@2023-09-27 |         | [2021-06-01 e1 .. 2023-09-27 e3] ENDED
            PRODUCT: 翟磊 resigns               | APPOINTED@2021-06-01 RESIGNATION_ACCEPTED@2023-09-27            |                                | [2021-06-01 e1 .. 2023-09-27 e2] ENDED
            request alone, pending              | RESIGNATION_REQUESTED@2023-11-20                                |                                | [? ..] CURRENT
            ending with none open               | REMOVED@2023-09-27                                              |                                | [? .. 2023-09-27 e1] ENDED
            two tenures of one post             | APPOINTED@2018-01-10 REMOVED@2020-05-01 APPOINTED@2022-03-01 REMOVED@2023-06-30 | | [2018-01-10 e1 .. 2020-05-01 e2] ENDED / [2022-03-01 e3 .. 2023-06-30 e4] ENDED
            same-day removal and appointment    | APPOINTED@2018-01-10 APPOINTED@2021-01-10 REMOVED@2021-01-10    |                                | [2018-01-10 e1 .. 2021-01-10 e3] ENDED / [2021-01-10 e2 ..] CURRENT
            two records of one removal          | APPOINTED@2020-01-01 REMOVED@2023-09-27 RESIGNATION_ACCEPTED@2023-09-27 |                        | [2020-01-01 e1 .. 2023-09-27 e2] ENDED
            two endings apart, none open        | REMOVED@2020-05-01 TERMINATED@2023-05-01                        |                                | [? .. 2020-05-01 e1] ENDED / [? .. 2023-05-01 e2] ENDED
            events given out of order           | REMOVED@2023-09-27 APPOINTED@2023-01-05                         |                                | [2023-01-05 e2 .. 2023-09-27 e1] ENDED
            attestation only, recent            |                                                                 | 2023-07-19 2023-11-02          | [? ..] CURRENT
            attestation only, old               |                                                                 | 2021-05-10                     | [? ..] UNKNOWN
            attested a year before the newest   |                                                                 | 2022-12-31                     | [? ..] CURRENT
            attested a day earlier              |                                                                 | 2022-12-30                     | [? ..] UNKNOWN
            attestation before appointment      | APPOINTED@2023-07-19                                            | 2023-03-01                     | [? ..] UNKNOWN / [2023-07-19 e1 ..] CURRENT
            runs split by a tenure              | APPOINTED@2019-01-01 REMOVED@2020-01-01                         | 2018-06-01 2018-09-01 2021-06-01 | [? ..] UNKNOWN / [2019-01-01 e1 .. 2020-01-01 e2] ENDED / [? ..] UNKNOWN
            a run between two tenures           | APPOINTED@2019-01-01 REMOVED@2020-01-01 APPOINTED@2023-01-01    | 2020-06-01 2022-06-01          | [2019-01-01 e1 .. 2020-01-01 e2] ENDED / [? ..] UNKNOWN / [2023-01-01 e3 ..] CURRENT
            undated start, dated end            | APPOINTED@? REMOVED@2023-09-27                                  |                                | [? e1 .. 2023-09-27 e2] ENDED
            undated end closes the open one     | APPOINTED@2020-01-01 REMOVED@?                                  | 2021-01-01                     | [2020-01-01 e1 .. ? e2] ENDED
            undated start joins the oldest      | APPOINTED@2023-01-01 APPOINTED@?                                | 2022-06-01                     | [? e2 ..] UNKNOWN / [2023-01-01 e1 ..] CURRENT
            undated start, recent attestation   | APPOINTED@?                                                     | 2023-07-19                     | [? e1 ..] CURRENT
            undated start only: no dates        | APPOINTED@?                                                     |                                | [? e1 ..] UNKNOWN
            undated both: one dateless tenure   | REMOVED@? APPOINTED@?                                           |                                | [? e2 .. ? e1] ENDED
            undated start, every tenure started | APPOINTED@2020-01-01 APPOINTED@?                                |                                | [2020-01-01 e1 ..] CURRENT
            undated end, every tenure ended     | APPOINTED@2020-01-01 REMOVED@2021-01-01 REMOVED@?               |                                | [2020-01-01 e1 .. 2021-01-01 e2] ENDED
            nothing at all                      |                                                                 |                                | ''
            """)
    void readsTenuresFromEventsAndAttestations(String scenario, String events, String attestations,
            String tenures) {
        assertThat(timeline(events, attestations)).extracting(TenureTimelineTests::shape)
            .containsExactly(tenures.isEmpty() ? new String[0] : tenures.split(" / "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # scenario                          | events                                                   | attestations          | seen, span and attestations per tenure
            events alone                        | APPOINTED@2023-01-05 REMOVED@2023-09-27                  |                       | 2023-01-05..2023-09-27 span 2023-01-05..2023-09-27
            attested inside a tenure            | APPOINTED@2023-01-05 REMOVED@2023-09-27                  | 2023-07-19 2023-03-01 | 2023-01-05..2023-09-27 span 2023-01-05..2023-09-27 t2 t1
            current and open: the far future    | APPOINTED@2023-01-05                                     | 2023-07-19            | 2023-01-05..2023-07-19 span 2023-01-05..9999-12-31 t1
            unknown start reaches back          | RESIGNATION_REQUESTED@2023-09-20 RESIGNATION_ACCEPTED@2023-09-27 | 2021-07-19    | 2021-07-19..2023-09-27 span 2021-07-19..2023-09-27 t1
            unknown start reaches back only to the previous end | APPOINTED@2019-01-01 REMOVED@2020-01-01 REMOVED@2023-01-01 | 2019-06-01 2021-06-01 | 2019-01-01..2020-01-01 span 2019-01-01..2020-01-01 t1 / 2021-06-01..2023-01-01 span 2021-06-01..2023-01-01 t2
            handover day belongs to the older   | APPOINTED@2020-01-01 REMOVED@2023-01-10 APPOINTED@2023-01-10 | 2023-01-10        | 2020-01-01..2023-01-10 span 2020-01-01..2023-01-10 t1 / 2023-01-10..2023-01-10 span 2023-01-10..9999-12-31
            old attestations: last sighting     |                                                          | 2021-05-10 2021-09-10 | 2021-05-10..2021-09-10 span 2021-05-10..2021-09-10 t1 t2
            recent attestations: to the last    |                                                          | 2023-07-19 2023-11-02 | 2023-07-19..2023-11-02 span 2023-07-19..2023-11-02 t1 t2
            undated end: up to the last sighting| APPOINTED@2020-01-01 REMOVED@?                           | 2021-01-01            | 2020-01-01..2021-01-01 span 2020-01-01..2021-01-01 t1
            no dates: no span                   | APPOINTED@?                                              |                       | ?..? span ?..?
            """)
    void seesEveryDateAndSpansWhatHoldersMustConsider(String scenario, String events, String attestations,
            String expected) {
        assertThat(timeline(events, attestations)).extracting((t) -> t.firstSeen() + ".." + t.lastSeen() + " span "
                + t.spanStart() + ".." + t.spanEnd()
                + t.attestations().stream().map((a) -> " " + a.id()).collect(Collectors.joining()))
            .containsExactly(expected.replace("?", "null").split(" / "));
    }

    @ParameterizedTest(name = "{0} on {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # scenario                        | events                                                   | attestations          | at         | certainty
            PRODUCT: 翟磊 after acceptance    | APPOINTED@2021-06-01 RESIGNATION_ACCEPTED@2023-09-27     |                       | 2023-10-01 | -
            the day of acceptance is covered  | APPOINTED@2021-06-01 RESIGNATION_ACCEPTED@2023-09-27     |                       | 2023-09-27 | CONFIRMED
            PRODUCT: appointed that day       | APPOINTED@2023-09-27                                     |                       | 2023-10-01 | CONFIRMED
            the day of appointment            | APPOINTED@2023-09-27                                     |                       | 2023-09-27 | CONFIRMED
            the day before appointment        | APPOINTED@2023-09-27                                     |                       | 2023-09-26 | -
            open: no end yet                  | APPOINTED@2021-01-01                                     |                       | 2030-01-01 | CONFIRMED
            confirmed beats attested          | APPOINTED@2023-01-01                                     | 2023-03-01            | 2023-03-01 | CONFIRMED
            between two tenures               | APPOINTED@2019-01-01 REMOVED@2020-01-01 APPOINTED@2023-01-01 |                   | 2021-01-01 | -
            an attestation's day              |                                                          | 2023-07-19 2023-11-02 | 2023-07-19 | ATTESTED
            between attestations              |                                                          | 2023-07-19 2023-11-02 | 2023-09-01 | INFERRED
            before the first attestation      |                                                          | 2023-07-19 2023-11-02 | 2023-07-18 | -
            after the last: not covered       |                                                          | 2023-07-19 2023-11-02 | 2024-03-01 | -
            between old attestations          |                                                          | 2021-05-10 2021-09-10 | 2021-06-01 | INFERRED
            after the last, not current       |                                                          | 2021-05-10 2021-09-10 | 2021-10-01 | -
            unknown start: the ending's day   | RESIGNATION_ACCEPTED@2023-09-27                          | 2023-07-19            | 2023-09-27 | ATTESTED
            unknown start: before the ending  | RESIGNATION_ACCEPTED@2023-09-27                          | 2023-07-19            | 2023-08-01 | INFERRED
            unknown start: before first seen  | RESIGNATION_ACCEPTED@2023-09-27                          | 2023-07-19            | 2023-07-18 | -
            unknown start: after the ending   | RESIGNATION_ACCEPTED@2023-09-27                          | 2023-07-19            | 2023-10-01 | -
            a resignation letter's day        | RESIGNATION_REQUESTED@2023-09-20 RESIGNATION_ACCEPTED@2023-09-27 |               | 2023-09-20 | ATTESTED
            between letter and acceptance     | RESIGNATION_REQUESTED@2023-09-20 RESIGNATION_ACCEPTED@2023-09-27 |               | 2023-09-24 | INFERRED
            attested before appointment       | APPOINTED@2023-07-19                                     | 2023-03-01            | 2023-03-01 | ATTESTED
            between that and the appointment  | APPOINTED@2023-07-19                                     | 2023-03-01            | 2023-05-01 | -
            undated end: up to last sighting  | APPOINTED@2020-01-01 REMOVED@?                           | 2021-01-01            | 2020-06-01 | CONFIRMED
            undated end: after last sighting  | APPOINTED@2020-01-01 REMOVED@?                           | 2021-01-01            | 2021-01-02 | -
            undated start: seen, not confirmed| APPOINTED@? REMOVED@2023-09-27                           | 2023-07-19            | 2023-08-01 | INFERRED
            no dates: never a holder          | APPOINTED@?                                              |                       | 2023-01-01 | -
            """)
    void answersHowSureWeAreOnADate(String scenario, String events, String attestations, LocalDate at,
            String certainty) {
        Optional<Certainty> found = timeline(events, attestations).stream()
            .flatMap((t) -> t.certaintyAt(at).stream())
            .findFirst();

        assertThat(found.map(Certainty::name).orElse("-")).isEqualTo(certainty);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # ending               | reason as stated | endReason
            REMOVED                |                  | 免职
            RESIGNATION_ACCEPTED   |                  | 辞职
            TERMINATED             |                  | 自行免除
            TERMINATED             | 退休             | 退休
            REMOVED                | 工作调动         | 工作调动
            TERMINATED             | '  '             | 自行免除
            """)
    void namesWhyATenureEnded(PersonnelEventKind ending, String reason, String endReason) {
        List<Tenure> tenures = TenureTimeline.of(List.of(new TenureEvent("e1", PersonnelEventKind.APPOINTED,
                LocalDate.of(2020, 1, 1), null), new TenureEvent("e2", ending, LocalDate.of(2023, 5, 1), reason)),
                List.of(), NEWEST);

        assertThat(tenures).extracting(Tenure::endReason).containsExactly(endReason);
    }

    @Test
    void aTenureStillOpenHasNoEndReason() {
        assertThat(timeline("APPOINTED@2020-01-01", "")).extracting(Tenure::endReason).containsOnlyNulls();
    }

    @Test
    void keepsEveryEventFoldedIntoATenure() {
        List<Tenure> tenures = timeline(
                "APPOINTED@2018-01-10 APPOINTED@2021-01-10 RESIGNATION_REQUESTED@2023-09-20 RESIGNATION_ACCEPTED@?", "");

        assertThat(tenures).singleElement().satisfies((t) -> {
            assertThat(t.events()).extracting(TenureEvent::id).containsExactly("e1", "e2", "e3", "e4");
            assertThat(t.startEventId()).isEqualTo("e1");
            assertThat(t.endEventId()).isEqualTo("e4");
        });
    }

    @Test
    void listsEachAttestationDateOnce() {
        assertThat(timeline("", "2023-07-19 2023-07-19 2023-03-01")).singleElement()
            .satisfies((t) -> assertThat(t.attestationDates())
                .containsExactly(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 7, 19)));
    }

    static List<Tenure> timeline(String events, String attestations) {
        List<TenureEvent> parsedEvents = new ArrayList<>();
        for (String token : words(events)) {
            String[] kindAndRest = token.split("@", 2);
            String[] dateAndReason = kindAndRest[1].split(":", 2);
            parsedEvents.add(new TenureEvent("e" + (parsedEvents.size() + 1),
                    PersonnelEventKind.valueOf(kindAndRest[0]),
                    dateAndReason[0].equals("?") ? null : LocalDate.parse(dateAndReason[0]),
                    dateAndReason.length > 1 ? dateAndReason[1] : null));
        }
        List<Attestation> parsedAttestations = new ArrayList<>();
        for (String date : words(attestations)) {
            parsedAttestations.add(new Attestation("t" + (parsedAttestations.size() + 1), LocalDate.parse(date)));
        }
        return TenureTimeline.of(parsedEvents, parsedAttestations, NEWEST);
    }

    static String shape(Tenure t) {
        String start = (t.start() == null ? "?" : t.start()) + (t.startEventId() == null ? "" : " " + t.startEventId());
        String end = t.endEventId() == null ? ""
                : " " + (t.end() == null ? "?" : t.end()) + " " + t.endEventId();
        return "[" + start + " .." + end + "] " + t.status();
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
    }
}
