package civicgraph.api.graphql;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DateScalarTests {

    private final DateScalar date = (DateScalar) DateScalar.TYPE.getCoercing();

    private final GraphQLContext context = GraphQLContext.getDefault();

    // A field with a Date argument, as holders(at:) will be; echoes the date it was given.
    private final ExecutionGraphQlServiceTester graphQl = StandaloneGraphQl.tester(
            "scalar Date type Query { echo(at: Date!): Date }",
            (wiring) -> wiring.type("Query", (type) -> type.dataFetcher("echo", (env) -> env.getArgument("at"))),
            List.of(new InvalidArgumentResolver()));

    @Test
    void readsAnIsoCalendarDateFromAVariableAndALiteral() {
        assertThat(this.date.parseValue("2023-10-01", this.context, Locale.ROOT)).isEqualTo(LocalDate.of(2023, 10, 1));
        assertThat(this.date.parseLiteral(StringValue.of("2024-02-29"), CoercedVariables.emptyVariables(),
                this.context, Locale.ROOT)).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void writesALocalDateAsIsoText() {
        assertThat(this.date.serialize(LocalDate.of(2023, 10, 1), this.context, Locale.ROOT)).isEqualTo("2023-10-01");
        assertThat(this.date.valueToLiteral(LocalDate.of(2023, 1, 9), this.context, Locale.ROOT))
            .isInstanceOfSatisfying(StringValue.class, (literal) -> assertThat(literal.getValue()).isEqualTo("2023-01-09"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "2023-13-01", "2023-02-29", "2023-10-1", "yesterday", "2023/10/01", "+12023-10-01",
            "2023-10-01T00:00", "" })
    void refusesAnythingButARealYyyyMmDdDayNamingTheValueAndTheForm(String text) {
        assertThatExceptionOfType(CoercingParseValueException.class)
            .isThrownBy(() -> this.date.parseValue(text, this.context, Locale.ROOT))
            .withMessage("Date: '" + text + "' is not an ISO-8601 calendar date (yyyy-mm-dd, e.g. 2023-10-01)");
        assertThatExceptionOfType(CoercingParseLiteralException.class)
            .isThrownBy(() -> this.date.parseLiteral(StringValue.of(text), CoercedVariables.emptyVariables(),
                    this.context, Locale.ROOT))
            .withMessage("Date: '" + text + "' is not an ISO-8601 calendar date (yyyy-mm-dd, e.g. 2023-10-01)");
    }

    @Test
    void refusesANumberLiteralAndANumberVariable() {
        assertThatExceptionOfType(CoercingParseLiteralException.class)
            .isThrownBy(() -> this.date.parseLiteral(IntValue.of(20231001), CoercedVariables.emptyVariables(),
                    this.context, Locale.ROOT))
            .withMessage("Date: 20231001 is not an ISO-8601 calendar date (yyyy-mm-dd, e.g. 2023-10-01)");
        assertThatExceptionOfType(CoercingParseValueException.class)
            .isThrownBy(() -> this.date.parseValue(BigInteger.TEN, this.context, Locale.ROOT))
            .withMessageStartingWith("Date: 10 is not");
    }

    @Test
    void refusesToServeSomethingThatIsNoDate() {
        assertThatExceptionOfType(CoercingSerializeException.class)
            .isThrownBy(() -> this.date.serialize("last week", this.context, Locale.ROOT))
            .withMessage("Date: cannot serialize 'last week' as a calendar date");
    }

    @Test
    void aDateArgumentRoundTripsThroughExecution() {
        this.graphQl.document("query($at: Date!) { literal: echo(at: \"2023-10-01\") variable: echo(at: $at) }")
            .variable("at", "2016-12-29")
            .execute()
            .path("literal").entity(String.class).isEqualTo("2023-10-01")
            .path("variable").entity(String.class).isEqualTo("2016-12-29");
    }

    @Test
    void aBadDateLiteralIsAValidationErrorNamingTheValue() {
        this.graphQl.document("{ echo(at: \"2023-13-01\") }")
            .execute()
            .errors()
            .expect((error) -> "ValidationError".equals(error.getErrorType().toString())
                    && error.getMessage().endsWith("Date: '2023-13-01' is not an ISO-8601 calendar date "
                            + "(yyyy-mm-dd, e.g. 2023-10-01)"))
            .verify()
            .path("echo").pathDoesNotExist();
    }

    @Test
    void aBadDateVariableIsAValidationErrorNamingTheVariableAndTheValue() {
        this.graphQl.document("query($at: Date!) { echo(at: $at) }")
            .variable("at", "yesterday")
            .execute()
            .errors()
            .expect((error) -> "ValidationError".equals(error.getErrorType().toString())
                    && error.getMessage().equals("Variable 'at' has an invalid value: Date: 'yesterday' is not an "
                            + "ISO-8601 calendar date (yyyy-mm-dd, e.g. 2023-10-01)"))
            .verify();
    }
}
