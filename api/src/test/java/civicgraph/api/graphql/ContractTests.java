package civicgraph.api.graphql;

import civicgraph.api.CivicGraphServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served schema against the public contract. Nothing served may conflict with it; what it does not serve yet is
 * printed, and the served schema must cover every type, field and argument it names.
 */
@CivicGraphServerTest
class ContractTests {

    @Test
    void nothingServedConflictsWithTheContract(@Autowired GraphQlSource graphQl) {
        ContractCheck check = ContractCheck.of(ContractCheck.contract(), graphQl.schema());

        System.out.println(check.report());

        assertThat(check.conflicts()).as(check.report()).isEmpty();
    }

    @Test // #4
    void theServedSchemaCoversTheWholeContract(@Autowired GraphQlSource graphQl) {
        ContractCheck check = ContractCheck.of(ContractCheck.contract(), graphQl.schema());

        assertThat(check.missing()).as(check.report()).isEmpty();
    }
}
