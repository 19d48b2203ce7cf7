package civicgraph.seed.extract.post;

import civicgraph.model.BodyKind;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class BodyNameTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # as printed            | gazette  | canonical                              | kind                   | parent                    | district
            区人大常委会              | 青浦区   | 青浦区人民代表大会常务委员会                 | STANDING_COMMITTEE     | 青浦区人民代表大会           | 青浦区
            人大常委会                | 闵行区   | 闵行区人民代表大会常务委员会                 | STANDING_COMMITTEE     | 闵行区人民代表大会           | 闵行区
            区人大                   | 宝山区   | 宝山区人民代表大会                         | CONGRESS               | -                         | 宝山区
            区政府                   | 嘉定区   | 嘉定区人民政府                            | GOVERNMENT             | -                         | 嘉定区
            区法院                   | 嘉定区   | 嘉定区人民法院                            | COURT                  | -                         | 嘉定区
            区检察院                 | 嘉定区   | 嘉定区人民检察院                          | PROCURATORATE          | -                         | 嘉定区
            区监委                   | 嘉定区   | 嘉定区监察委员会                          | SUPERVISORY_COMMISSION | -                         | 嘉定区
            区人大常委会人事工委        | 宝山区   | 宝山区人民代表大会常务委员会人事工作委员会      | WORKING_COMMITTEE      | 宝山区人民代表大会常务委员会   | 宝山区
            常委会预算工委             | 青浦区   | 青浦区人民代表大会常务委员会预算工作委员会      | WORKING_COMMITTEE      | 青浦区人民代表大会常务委员会   | 青浦区
            青浦区人大常委会主任会议      | 青浦区   | 青浦区人民代表大会常务委员会主任会议          | CHAIRPERSONS_MEETING   | 青浦区人民代表大会常务委员会   | 青浦区
            上海市 宝山区 人民检察院     | 宝山区   | 宝山区人民检察院                          | PROCURATORATE          | -                         | 宝山区
            区发展改革委               | 宝山区   | 宝山区发展和改革委员会                      | GOVERNMENT_DEPARTMENT  | 宝山区人民政府               | 宝山区
            区交通委                  | 闵行区   | 闵行区交通委员会                          | GOVERNMENT_DEPARTMENT  | 闵行区人民政府               | 闵行区
            区政府办                  | 宝山区   | 宝山区人民政府办公室                       | GOVERNMENT_DEPARTMENT  | 宝山区人民政府               | 宝山区
            松江区规划和自然资源局       | 松江区   | 松江区规划和自然资源局                     | GOVERNMENT_DEPARTMENT  | 松江区人民政府               | 松江区
            杨行镇                    | 宝山区   | 宝山区杨行镇                              | TOWN                   | -                         | 宝山区
            友谊路街道                 | 宝山区   | 宝山区友谊路街道                           | TOWN                   | -                         | 宝山区
            杨行镇人大                 | 宝山区   | 宝山区杨行镇人民代表大会                     | CONGRESS               | 宝山区杨行镇                 | 宝山区
            宝山区人民法院大场人民法庭    | 宝山区   | 宝山区人民法院大场人民法庭                   | TRIBUNAL               | 宝山区人民法院               | 宝山区
            市人大常委会               | 青浦区   | 上海市人民代表大会常务委员会                 | STANDING_COMMITTEE     | 上海市人民代表大会           | 上海市
            trap: 城乡 is no town       | 闵行区   | 闵行区住房和城乡建设管理委员会                 | GOVERNMENT_DEPARTMENT  | 闵行区人民政府               | 闵行区
            """)
    void expandsNestsAndClassifies(String raw, String district, String name, BodyKind kind, String parent,
            String bodyDistrict) {
        String written = raw.startsWith("trap: ") ? "区住房和城乡建设管理委员会" : raw;

        CanonicalBody body = BodyName.canonical(written, district);

        assertThat(body.name()).isEqualTo(name);
        assertThat(body.kind()).isEqualTo(kind);
        assertThat(body.parentName()).isEqualTo(parent);
        assertThat(body.district()).isEqualTo(bodyDistrict);
        assertThat(body.aliases()).containsExactly(written.replace(" ", ""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            上海市青浦区人民代表大会常务委员会公报 | 青浦区
            宝山区九届人大常委会第十三次会议       | 宝山区
            浦东新区人大常委会                  | 浦东新区
            """)
    void findsTheDistrictATextNames(String text, String district) {
        assertThat(BodyName.districtOf(text)).contains(district);
    }
}
