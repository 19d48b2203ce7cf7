package civicgraph.api.graphql;

import civicgraph.api.CivicGraphServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served schema against the public contract. Nothing served may conflict with it; what it does not serve yet is
 * printed. When the API is complete, assert {@code check.missing()} is empty too.
 */
@CivicGraphServerTest
class ContractTests {

    @Test
    void nothingServedConflictsWithTheContract(@Autowired GraphQlSource graphQl) {
        ContractCheck check = ContractCheck.of(ContractCheck.contract(), graphQl.schema());

        System.out.println(check.report());

        assertThat(check.conflicts()).as(check.report()).isEmpty();
        assertThat(check.missing()).as("served, so not missing")
            .doesNotContain("scalar Date", "type PageInfo", "type Source", "interface Node")
            .noneMatch((missing) -> missing.startsWith("Query.sources") || missing.startsWith("Query.node")
                    || missing.startsWith("Source."));
    }
}
