package civicgraph.api.connection;

import civicgraph.api.CivicGraphServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The researcher's question: how two officials are linked. */
@CivicGraphServerTest
class ConnectionGraphQlTests {

    // 朱明福 and 谢华, both members of 青浦区人大常委会 present at the 13th session (000:220 朱明福, 000:225 谢华)
    private static final String ZHU_MINGFU = "per_5130fa9fd48c4677";

    private static final String XIE_HUA = "per_3409cee9de8db13b";

    // 李萍, member of 宝山区人大常委会 (003:1012): another district, no shared session, body or document
    private static final String LI_PING = "per_8b63b0ce4d58ddb7";

    private static final String CONNECTION = """
            query($from: ID!, $to: ID!, $hops: Int) { connection(from: $from, to: $to, maxHops: $hops) {
              length relations nodes { __typename id ... on Person { name } ... on Session { title } }
            } }""";

    @Autowired
    private HttpGraphQlTester graphQl;

    @Test // #4
    void twoMembersOfOneStandingCommitteeMeetAtASession() {
        connection(ZHU_MINGFU, XIE_HUA, 6)
            .path("connection.length").entity(Integer.class).isEqualTo(2)
            .path("connection.relations").entityList(String.class).containsExactly("ATTENDED", "ATTENDED")
            .path("connection.nodes[*].__typename").entityList(String.class).containsExactly("Person", "Session", "Person")
            .path("connection.nodes[0].name").entity(String.class).isEqualTo("朱明福")
            .path("connection.nodes[2].name").entity(String.class).isEqualTo("谢华")
            .path("connection.nodes[1].title").entity(String.class).satisfies((title) -> assertThat(title).startsWith("青浦区第"));
    }

    @Test // #4
    void maxHopsBelowThePathLengthFindsNone() {
        connection(ZHU_MINGFU, XIE_HUA, 1).path("connection").valueIsNull();
        connection(ZHU_MINGFU, XIE_HUA, 2).path("connection.length").entity(Integer.class).isEqualTo(2);
    }

    @Test // #4
    void peopleOfDifferentDistrictsAreNotConnected() {
        // The two districts' graphs share no session, post, body or document: no path even at the cap.
        connection(ZHU_MINGFU, LI_PING, 10).path("connection").valueIsNull();
    }

    @Test // #4
    void maxHopsOutsideOneToTenIsABadRequest() {
        for (int hops : new int[] { 0, 11 }) {
            connection(ZHU_MINGFU, XIE_HUA, hops)
                .errors()
                .expect((error) -> error.getErrorType() == ErrorType.BAD_REQUEST
                        && error.getMessage().equals("maxHops: " + hops + " is outside 1..10"))
                .verify();
        }
    }

    @Test // #4
    void aPersonToHimselfIsABadRequest() {
        connection(ZHU_MINGFU, ZHU_MINGFU, 6)
            .errors()
            .expect((error) -> error.getErrorType() == ErrorType.BAD_REQUEST
                    && error.getMessage().endsWith("is the same person as from"))
            .verify();
    }

    private GraphQlTester.Response connection(String from, String to, int hops) {
        return this.graphQl.document(CONNECTION).variable("from", from).variable("to", to).variable("hops", hops)
            .execute();
    }
}
