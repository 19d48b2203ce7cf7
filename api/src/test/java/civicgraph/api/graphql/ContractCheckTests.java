package civicgraph.api.graphql;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContractCheckTests {

    private static final String CONTRACT = """
            scalar Date
            type Query { people(name: String, first: Int = 20, after: String): [Person!]! node(id: ID!): Node }
            interface Node { id: ID! }
            type Person implements Node { id: ID! name: String! born: Date kind: Kind! }
            enum Kind { OFFICIAL DEPUTY }
            union Hit = Person | Body
            type Body implements Node { id: ID! }
            """;

    @Test
    void theContractItselfNeitherConflictsNorLacksAnything() {
        ContractCheck check = ContractCheck.of(parse(CONTRACT), served(CONTRACT + " extend type Person { extra: Int }"));

        assertThat(check.conflicts()).isEmpty();
        assertThat(check.missing()).isEmpty();
    }

    @Test
    void anotherTypeNullabilityOrDefaultIsAConflict() {
        ContractCheck check = ContractCheck.of(parse(CONTRACT), served("""
                scalar Date
                type Query { people(name: String!, first: Int = 50, after: String, lang: String!): [Person]! node(id: ID!): Node }
                interface Node { id: ID! }
                type Person { id: ID! name: String born: String kind: Kind! }
                enum Kind { OFFICIAL DEPUTY }
                union Hit = Person | Body
                type Body implements Node { id: ID! }
                """));

        assertThat(check.conflicts()).containsExactly(
                "Person: contract implements Node, served does not",
                "Person.name: contract String!, served String",
                "Person.born: contract Date, served String",
                "Query.people: contract [Person!]!, served [Person]!",
                "Query.people(name): contract String, served String!",
                "Query.people(first): contract default 20, served 50",
                "Query.people(lang): served requires an argument the contract does not have");
        assertThat(check.missing()).isEmpty();
    }

    @Test
    void whatIsNotServedYetIsMissingNotAConflict() {
        ContractCheck check = ContractCheck.of(parse(CONTRACT), served("""
                type Query { people(name: String): [Person!]! }
                type Person { id: ID! name: String! kind: Kind! }
                enum Kind { OFFICIAL }
                union Hit = Person
                """));

        assertThat(check.conflicts()).containsExactly("Person: contract implements Node, served does not");
        assertThat(check.missing()).containsExactly("scalar Date", "type Body", "Hit: member Body", "Kind.DEPUTY",
                "interface Node", "Person.born: Date", "Query.people(first): Int", "Query.people(after): String",
                "Query.node(id: ID!): Node");
    }

    @Test
    void readsTheContractCopy() {
        TypeDefinitionRegistry contract = ContractCheck.contract();

        assertThat(contract.getType("Tenure")).isPresent();
        assertThat(contract.scalars()).containsKey("Date");
    }

    private static TypeDefinitionRegistry parse(String sdl) {
        return new SchemaParser().parse(sdl);
    }

    private static GraphQLSchema served(String sdl) {
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(parse(sdl));
    }
}
