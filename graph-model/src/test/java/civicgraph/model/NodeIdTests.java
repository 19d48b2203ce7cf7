package civicgraph.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NodeIdTests {

    @Test
    void theSameNaturalKeyGivesTheSameId() {
        assertThat(NodeId.of(Label.Person, "宝山区", "王勰")).isEqualTo(NodeId.of(Label.Person, "宝山区", "王勰"));
    }

    @Test
    void keysThatJoinAlikeStillDiffer() {
        assertThat(NodeId.of(Label.Person, "ab", "c")).isNotEqualTo(NodeId.of(Label.Person, "a", "bc"));
        assertThat(NodeId.of(Label.Person, "x").value()).isNotEqualTo(NodeId.of(Label.Body, "x").value().replace("bod", "per"));
    }

    @Test
    void anIdNamesItsLabel() {
        NodeId id = NodeId.of(Label.Source, "abc");

        assertThat(id.value()).matches("src_[0-9a-f]{16}");
        assertThat(NodeId.parse(id.value())).contains(id);
    }

    @Test
    void malformedIdsParseToNothing() {
        assertThat(NodeId.parse("src_123")).isEmpty();
        assertThat(NodeId.parse("xyz_0123456789abcdef")).isEmpty();
        assertThat(NodeId.parse(null)).isEmpty();
    }
}
