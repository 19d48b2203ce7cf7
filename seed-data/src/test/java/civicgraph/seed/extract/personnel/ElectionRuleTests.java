package civicgraph.seed.extract.personnel;

import static civicgraph.model.PersonnelEventKind.ELECTED;
import static org.assertj.core.api.Assertions.assertThat;

import civicgraph.seed.corpus.SourceLine;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ElectionRuleTests {

    private final ElectionRule rule = new ElectionRule();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # where                  | line as printed | people | districts (- none) | post | date
            000:133                  | 2023年6月16日，第6选区补选青浦区人大常委会教科文卫工委副主任、侨民宗工委副主任张宏洲为青浦区第六届人民代表大会代表；第53选区补选青浦区练塘镇东厍村党总支书记、村委会主任陈迎春为青浦区第六届人民代表大会代表；第62选区补选丰红（上海）供应链有限公司总经理、上海倍丝特储运有限公司法人江晓芬为青浦区第六届人民代表大会代表；第94选区补选香花桥街道党工委副书记、办事处主任侯廷永为青浦区第六届人民代表大会代表。经代表资格审查委员会审查，张宏洲、陈迎春、江晓芬、侯廷永的代表资格有效，提请区人民代表大会常务委员会确认。 | 张宏洲 陈迎春 江晓芬 侯廷永 | 第6选区 第53选区 第62选区 第94选区 | 青浦区第六届人民代表大会代表 | 2023-06-16
            000:148                  | 根据《中华人民共和国全国人民代表大会和地方各级人民代表大会选举法》和《上海市罢免和补选各级人民代表大会代表程序的规定》，青浦区第六届人大常委会第 30 次主任会议决定补选青浦区第六届人民代表大会代表 4 名。经第 6 选区、第 53 选区、第 62 选区、第 94 选区于 2023 年 6 月 16 日直接选举，张宏洲、陈迎春、江晓芬、侯廷永当选为青浦区第六届人民代表大会代表。青浦区第六届人民代表大会常务委员会第十三次会议对《青浦区人民代表大会常务委员会代表资格审查委员会关于提请确认张宏洲等青浦区第六届人民代表大会代表资格的报告》进行了审议，确认张宏洲、陈迎春、江晓芬、侯廷永的代表资格有效。 | 张宏洲 陈迎春 江晓芬 侯廷永 | 第6选区 第53选区 第62选区 第94选区 | 青浦区第六届人民代表大会代表 | 2023-06-16
            trap: 为 in a name        | 2024年3月12日，第十二选区补选闵行区人大常委会副主任李为民为闵行区第七届人民代表大会代表； | 李为民 | 第12选区 | 闵行区第七届人民代表大会代表 | 2024-03-12
            trap: 任 surname          | 二〇二四年三月十二日，第７选区补选嘉定区人大常委会副主任任晓东为嘉定区第七届人民代表大会代表。 | 任晓东 | 第7选区 | 嘉定区第七届人民代表大会代表 | 2024-03-12
            trap: bare name, date    | 2024年1月5日，浦东新区第七届人民代表大会常务委员会第十次会议补选王五为上海市第十六届人民代表大会代表。 | 王五 | - | 上海市第十六届人民代表大会代表 | 2024-01-05
            trap: one district 当选  | 经第 12 选区于 2024 年 3 月 12 日补选，张三当选为闵行区第七届人民代表大会代表。 | 张三 | 第12选区 | 闵行区第七届人民代表大会代表 | 2024-03-12
            """)
    void readsElectionsThatHappened(String where, String text, String people, String districts, String post,
            String date) {
        List<PersonnelFact> facts = this.rule.apply(new SourceLine("gazette.txt", 5, text));

        assertThat(facts).extracting((f) -> f.person().value()).containsExactly(people.split(" "));
        assertThat(facts).extracting(PersonnelFact::electoralDistrict)
            .containsExactlyElementsOf(districts.equals("-") ? facts.stream().map((f) -> (String) null).toList()
                    : List.of(districts.split(" ")));
        assertThat(facts).extracting(PersonnelFact::post).containsOnly(post);
        assertThat(facts).extracting(PersonnelFact::date).containsOnly(LocalDate.parse(date));
        assertThat(facts).extracting(PersonnelFact::kind).containsOnly(ELECTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // 000:116, the motion: the election is still to come
            "根据《上海市人大常委会办公厅关于建议补选胡世军同志为市十六届人大代表的通知》的要求，经中共上海市委推荐，区第六届人民代表大会常务委员会第三十四次主任会议研究决定，青浦区第六届人民代表大会常务委员会第十三次会议补选胡世军同志为上海市第十六届人民代表大会代表。",
            // 000:45, 000:73, the 选举办法: procedure
            "二、根据《上海市人大常委会办公厅关于建议补选胡世军同志为市十六届人大代表的通知》，经中共上海市委推荐，区人大常委会主任会议提出议案，青浦区第六届人民代表大会常务委员会第十三次会议补选上海市第十六届人民代表大会代表 1 人。",
            "九、候选人获得全体常委会组成人员过半数的赞成票，始得当选。如候选人未获得过半数赞成票，本次会议不再补选。",
            // 002:631, a deputy speaking of himself: the byline says who, not this rule
            "2017年末，我当选为上海市第十五届人民代表大会代表。近三年来，在市人大常委会的正确领导和区人大常委会的关心支持下，积极参加市、区人大组织的相关活动，认真履职、扎实工作，尽心尽力行使好人民所赋予的各项权利。根据《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》精神，以及市人大常委会《关于市人大代表接受原单位监督的若干规定》，为切实增强代表的责任意识、法律意识，更好发挥代表作用，自觉接受选民监督，现将自己履职情况报告如下：",
            "建议补选张三为闵行区第七届人民代表大会代表。",
            "2024年3月1日，主任会议提名补选张三为闵行区第七届人民代表大会代表。",
            "青浦区第六届人大常委会第 30 次主任会议决定补选青浦区第六届人民代表大会代表 4 名。",
            "- 1.选举上海市第十六届人民代表大会代表；", "" })
    void saysNothingOfProposalsAndProcedure(String text) {
        assertThat(this.rule.apply(new SourceLine("gazette.txt", 1, text))).isEmpty();
    }
}
