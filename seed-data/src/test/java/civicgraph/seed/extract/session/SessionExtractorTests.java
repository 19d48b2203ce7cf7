package civicgraph.seed.extract.session;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import civicgraph.model.BodyKind;
import civicgraph.seed.corpus.Gazette;
import civicgraph.seed.extract.document.DocumentSegmenter;

import static org.assertj.core.api.Assertions.assertThat;

class SessionExtractorTests {

    private static final String GAZETTE = """
            闵行区第七届人大常委会第九次会议议题

            （2024 年 5 月 8 日闵行区第七届人民代表大会常务委员会
            第九次会议通过）

            - 1.审议人事任免事项；
            2. 听取和审议区政府关于区七届人大三次会议以来代表建议办理情况的报告;
            10、书面审议区政府关于本区河道治理情况的报告。

            闵行区人民代表大会常务委员会关于召开闵行区第七届人民代表大会第四次会议的决定

            (2024年5月8日闵行区第七届人民代表大会常务委员会第九次会议通过)

            闵行区第七届人民代表大会常务委员会第九次会议决定：闵行区第七届人民代表大会第四次会议于2025年1月6日至9日召开。""";

    @Test
    void gathersSessionsWithDaysAndAgenda() {
        Gazette gazette = Gazette.read("mh.txt", GAZETTE.getBytes(StandardCharsets.UTF_8));
        List<Session> sessions = SessionExtractor.sessions(gazette, DocumentSegmenter.segment(gazette));

        assertThat(sessions).extracting((s) -> s.ref().key())
            .containsExactly("闵行区/STANDING_COMMITTEE/7/9", "闵行区/CONGRESS/7/3", "闵行区/CONGRESS/7/4");
        Session standing = sessions.get(0);
        assertThat(standing.start()).isEqualTo(LocalDate.of(2024, 5, 8));
        assertThat(standing.agenda()).extracting(AgendaItem::number).containsExactly(1, 2, 10);
        assertThat(standing.agenda().get(0).text()).isEqualTo("审议人事任免事项");
        assertThat(standing.agenda().get(2).evidence().line()).isEqualTo(8);
        Session congress = sessions.get(2);
        assertThat(congress.ref().body()).isEqualTo(BodyKind.CONGRESS);
        assertThat(congress.start()).isEqualTo(LocalDate.of(2025, 1, 6));
        assertThat(congress.end()).isEqualTo(LocalDate.of(2025, 1, 9));
        assertThat(sessions.get(1).start()).isNull();
    }
}
