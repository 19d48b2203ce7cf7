package civicgraph.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PersonPinyinTests {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # trap                                | name        | spaced              | compact          | initials
            contract example                      | 朱明福      | zhu ming fu         | zhumingfu        | zmf
            a space from the PDF                  | 凌 敏       | ling min            | lingmin          | lm
            曾 is zeng as a surname, not ceng     | 曾庆红      | zeng qing hong      | zengqinghong     | zqh
            单 is shan, not dan                   | 单雄        | shan xiong          | shanxiong        | sx
            区 is ou, not qu                      | 区志航      | ou zhi hang         | ouzhihang        | ozh
            仇 is qiu, not chou                   | 仇和        | qiu he              | qiuhe            | qh
            翟 is zhai, not di                    | 翟磊        | zhai lei            | zhailei          | zl
            解 is xie, not jie                    | 解振华      | xie zhen hua        | xiezhenhua       | xzh
            only the surname: 曾 inside is ceng   | 王曾        | wang ceng           | wangceng         | wc
            compound surname                      | 欧阳明      | ou yang ming        | ouyangming       | oym
            compound surname read as a pair       | 尉迟恭      | yu chi gong         | yuchigong        | ycg
            长孙 before a given name is zhang sun | 长孙无忌    | zhang sun wu ji     | zhangsunwuji     | zswj
            长孙 alone is the surname 长 and 孙   | 长孙        | chang sun           | changsun         | cs
            ü as v                                | 吕丽        | lv li               | lvli             | ll
            gazette names                         | 麦珏        | mai jue             | maijue           | mj
            gazette names                         | 王勰        | wang xie            | wangxie          | wx
            Latin passes through, lowercased      | 李Mary      | li mary             | limary           | lm
            the · of a transliterated name        | 买买提·艾力 | mai mai ti · ai li  | maimaiti·aili    | mmtal
            """)
    void readsANameAsPinyin(String trap, String name, String spaced, String compact, String initials) {
        PersonPinyin pinyin = PersonPinyin.of(PersonName.of(name));

        assertThat(pinyin.spaced()).isEqualTo(spaced);
        assertThat(pinyin.compact()).isEqualTo(compact);
        assertThat(pinyin.initials()).isEqualTo(initials);
        assertThat(pinyin.variants()).startsWith(compact, spaced);
    }

    @Test
    void aNameOfOneReadingHasOnlyItsTwoForms() {
        assertThat(PersonPinyin.of(PersonName.of("朱明福")).variants()).containsExactly("zhumingfu", "zhu ming fu");
    }

    @Test
    void aPolyphonicGivenNameYieldsEveryReading() {
        assertThat(PersonPinyin.of(PersonName.of("王行")).variants())
            .contains("wangxing", "wang xing", "wanghang", "wang hang", "wangheng", "wang heng");
    }

    @Test
    void aUmlautIsAlsoTypedAsU() {
        assertThat(PersonPinyin.of(PersonName.of("吕绿")).variants())
            .contains("lvlv", "lvlu", "lulv", "lulu", "lu lu");
    }

    @Test
    void aSurnameFromTheTableKeepsItsOneReading() {
        assertThat(PersonPinyin.of(PersonName.of("单和")).variants())
            .contains("shanhe", "shanhuo")
            .noneMatch((v) -> v.startsWith("dan") || v.startsWith("chan"));
    }

    @Test
    void manyPolyphonicCharactersAreCapped() {
        PersonPinyin pinyin = PersonPinyin.of(PersonName.of("和和和和"));

        assertThat(pinyin.variants()).hasSize(2 * PersonPinyin.MAX_READINGS).startsWith("hehehehe", "he he he he");
    }
}
