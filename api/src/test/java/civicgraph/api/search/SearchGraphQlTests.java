package civicgraph.api.search;

import civicgraph.api.CivicGraphServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The front-end's one search box, in Chinese or pinyin. 朱明福 is named at 002:37 and 000:234 (区人大常委会主任). */
@CivicGraphServerTest
class SearchGraphQlTests {

    private static final String SEARCH = """
            query($text: String!) { search(text: $text, first: 10) {
              __typename ... on Person { name pinyin } ... on Document { title } ... on Body { name } ... on Session { title }
            } }""";

    @Autowired
    private HttpGraphQlTester graphQl;

    @Test // #4
    void anExactNameComesFirst() {
        search("朱明福").path("search[0].name").entity(String.class).isEqualTo("朱明福")
            .path("search[0].__typename").entity(String.class).isEqualTo("Person");
    }

    @Test // #4
    void aSingleCharacterFindsNamesByPrefix() {
        // The cjk analyzer indexes bigrams only; 朱 is asked as 朱* OR *朱 (STACK-NOTES.md).
        search("朱").path("search[*].name").entityList(String.class).contains("朱明福", "朱众伟");
    }

    @Test // #4
    void aBigramFindsTheNameThatContainsIt() {
        search("明福").path("search[*].name").entityList(String.class).contains("朱明福");
    }

    @ParameterizedTest // #4
    @ValueSource(strings = { "zhu ming fu", "zhumingfu", "ZhuMingFu" })
    void pinyinWithOrWithoutSpacesFindsThePerson(String pinyin) {
        search(pinyin).path("search[0].name").entity(String.class).isEqualTo("朱明福")
            .path("search[0].pinyin").entity(String.class).isEqualTo("zhu ming fu");
    }

    @Test // #4
    void aTitleFragmentFindsDocuments() {
        // 003 关于义务教育“双减”工作情况的报告, its 调研报告 and the 审议意见 of the 13th session
        search("双减").path("search[*].__typename").entityList(String.class).satisfies((list) -> assertThat(list).containsOnly("Document"))
            .path("search[*].title").entityList(String.class)
            .contains("关于义务教育“双减”工作情况的报告", "上海市宝山区人民代表大会常务委员会关于义务教育“双减”工作情况的审议意见");
    }

    @ParameterizedTest // #4
    @ValueSource(strings = { "xyzzyqq", "qqq***", "AND OR NOT", "NOT", "a AND", "\"(", "~!@#" })
    void latinGarbageFindsNothingAndIsNoError(String text) {
        // "AND OR NOT" used to reach Lucene's query parser as operators: a ParseException, an INTERNAL_ERROR.
        search(text).errors().verify().path("search").entityList(Object.class).hasSize(0);
    }

    @Test // #4
    void blankTextIsABadRequest() {
        search("   ")
            .errors()
            .expect((error) -> error.getErrorType() == ErrorType.BAD_REQUEST && error.getPath().equals("search")
                    && error.getMessage().equals("text: \"   \" must contain something to search for"))
            .verify();
    }

    private GraphQlTester.Response search(String text) {
        return this.graphQl.document(SEARCH).variable("text", text).execute();
    }
}
