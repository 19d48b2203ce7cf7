package civicgraph.api.graphql;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * {@code scalar Date}: an ISO-8601 calendar date, "2023-10-01", as a {@link LocalDate}. Written here rather than
 * taken from graphql-java-extended-scalars so that a bad date names the value and the expected form in our words.
 * A bad literal ({@code at: "2023-13-01"}) fails validation and a bad variable fails variable coercion, so
 * graphql-java classifies both as ValidationError, before any resolver runs; neither is ever a 500.
 */
public final class DateScalar implements Coercing<LocalDate, String> {

    public static final String EXPECTED = "is not an ISO-8601 calendar date (yyyy-mm-dd, e.g. 2023-10-01)";

    public static final GraphQLScalarType TYPE = GraphQLScalarType.newScalar()
        .name("Date")
        .description("An ISO-8601 calendar date, yyyy-mm-dd, e.g. \"2023-10-01\".")
        .coercing(new DateScalar())
        .build();

    // LocalDate.parse alone would also take "+12023-10-01"; the API speaks four-digit years only.
    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private DateScalar() {
    }

    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof String text && parse(text) != null) {
            return text;
        }
        throw new CoercingSerializeException("Date: cannot serialize " + describe(value) + " as a calendar date");
    }

    @Override
    public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
        LocalDate date = (input instanceof String text) ? parse(text) : null;
        if (date == null) {
            throw new CoercingParseValueException(message(input));
        }
        return date;
    }

    @Override
    public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
        LocalDate date = (input instanceof StringValue text) ? parse(text.getValue()) : null;
        if (date == null) {
            throw new CoercingParseLiteralException(
                    message((input instanceof StringValue text) ? text.getValue() : input));
        }
        return date;
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
        return StringValue.of(serialize(input, context, locale));
    }

    /** The date, or null when the text is not yyyy-mm-dd or names no real day (2023-02-30). */
    static LocalDate parse(String text) {
        if (!FORM.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text); // ISO_LOCAL_DATE resolves strictly: no 2023-13-01, no 2023-02-30
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }

    static String message(Object value) {
        return "Date: " + describe(value) + " " + EXPECTED;
    }

    private static String describe(Object value) {
        if (value instanceof String text) {
            return "'" + text + "'";
        }
        if (value instanceof Value<?> literal) {
            return graphql.language.AstPrinter.printAst(literal);
        }
        return String.valueOf(value);
    }
}
