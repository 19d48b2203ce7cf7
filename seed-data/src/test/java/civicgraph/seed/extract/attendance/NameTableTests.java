package civicgraph.seed.extract.attendance;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NameTableTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # where                              | row as printed (→ is a tab)         | names
            000:220                              | 丁峰雷→王利军→王海青→田春红→朱明福     | 丁峰雷 王利军 王海青 田春红 朱明福
            000:1652, space inside 2-char names  | 华 琼→许 峰→孙海铭→李 峰→杨莉炯      | 华琼 许峰 孙海铭 李峰 杨莉炯
            000:1633, trailing tabs              | 虞骏→潘牧天→→→                       | 虞骏 潘牧天
            000:1661, a run of spaces separates  | 凌 敏      释昌智                    | 凌敏 释昌智
            002:1206, single spaces separate     | 沈伯明 宋伟倩 覃远辉                  | 沈伯明 宋伟倩 覃远辉
            002:1227, both at once               | 宋伟倩 张国妹 陆志斌 郝 民             | 宋伟倩 张国妹 陆志斌 郝民
            003:1012, six to a row               | 李 萍→吴志宏→须华威→顾 瑾→陆 军→王忠明 | 李萍 吴志宏 须华威 顾瑾 陆军 王忠明
            trap: 3-char name, surname spaced    | 沈 伯明 宋伟倩                       | 沈伯明 宋伟倩
            trap: 3-char name, broken after two  | 欧阳 明→李 峰                        | 欧阳明 李峰
            trap: every name letter-spaced       | 华 琼 许 峰                          | 华琼 许峰
            trap: full-width spaces              | 华　琼　　许　峰                      | 华琼 许峰
            trap: transliterated name            | 阿依古丽·买买提→王 强                 | 阿依古丽·买买提 王强
            """)
    void readsTheNamesOfARow(String where, String row, String names) {
        assertThat(NameTable.names(row.replace("→", "\t"))).hasValueSatisfying(
                (read) -> assertThat(read).containsExactly(names.split(" ")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "三、因事因病请假：4人", "## 在青浦区六届人大常委会第十四次会议上的讲话",
            "宝山区九届人大常委会第十三次会议 列 席 情 况", "区人民政府: 副区长朱众伟、陈汇青", "2023年11月10日", "王", "特此备案。" })
    void givesNothingForALineThatIsNoRowOfNames(String line) {
        assertThat(NameTable.names(line)).isEmpty();
    }
}
