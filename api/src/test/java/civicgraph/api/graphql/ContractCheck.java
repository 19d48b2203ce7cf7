package civicgraph.api.graphql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.language.AstPrinter;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import graphql.language.Value;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLImplementingType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

/**
 * Compares the public contract (api-contract.graphql) with a served schema, type by type, field by field, argument
 * by argument. A <em>conflict</em> is something served differently from the contract: another kind of type, a field
 * or argument of another type or nullability, another argument default, a missing interface, an extra required
 * argument. Any conflict breaks a client written against the contract. <em>Missing</em> is what the contract names
 * and the server does not serve yet: the API's to-do list, empty when the API is complete. The served schema may
 * add anything; that is neither.
 */
final class ContractCheck {

    static final String CONTRACT = "/contract/api-contract.graphql";

    private final List<String> conflicts = new ArrayList<>();

    private final List<String> missing = new ArrayList<>();

    private ContractCheck() {
    }

    /** The contract in src/test/resources/contract, a copy of the design folder's api-contract.graphql. */
    static TypeDefinitionRegistry contract() {
        try (InputStream in = ContractCheck.class.getResourceAsStream(CONTRACT)) {
            return new SchemaParser().parse(new String(Objects.requireNonNull(in, CONTRACT).readAllBytes(),
                    StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static ContractCheck of(TypeDefinitionRegistry contract, GraphQLSchema served) {
        ContractCheck check = new ContractCheck();
        contract.scalars().values().stream()
            .filter((scalar) -> !ScalarInfo.isGraphqlSpecifiedScalar(scalar.getName()))
            .sorted(Comparator.comparing(ScalarTypeDefinition::getName))
            .forEach((scalar) -> check.scalar(scalar, (GraphQLNamedType) served.getType(scalar.getName())));
        contract.types().values().stream()
            .sorted(Comparator.comparing(TypeDefinition::getName))
            .forEach((type) -> check.type(type, (GraphQLNamedType) served.getType(type.getName())));
        return check;
    }

    /** Served differently from the contract: must stay empty. */
    List<String> conflicts() {
        return List.copyOf(this.conflicts);
    }

    /** In the contract, not served yet: empty when the API is complete. */
    List<String> missing() {
        return List.copyOf(this.missing);
    }

    private void scalar(ScalarTypeDefinition scalar, GraphQLNamedType served) {
        if (served == null) {
            this.missing.add("scalar " + scalar.getName());
        }
        else if (!(served instanceof GraphQLScalarType)) {
            this.conflicts.add(scalar.getName() + ": contract scalar, served " + kind(served));
        }
    }

    private void type(TypeDefinition<?> type, GraphQLNamedType served) {
        String name = type.getName();
        if (served == null) {
            this.missing.add(kind(type) + " " + name);
            return;
        }
        if (!kind(type).equals(kind(served))) {
            this.conflicts.add(name + ": contract " + kind(type) + ", served " + kind(served));
            return;
        }
        if (type instanceof ImplementingTypeDefinition<?> implementing) {
            implementing(implementing, (GraphQLImplementingType) served);
        }
        else if (type instanceof EnumTypeDefinition enumType) {
            for (EnumValueDefinition value : enumType.getEnumValueDefinitions()) {
                if (((GraphQLEnumType) served).getValue(value.getName()) == null) {
                    this.missing.add(name + "." + value.getName());
                }
            }
        }
        else if (type instanceof UnionTypeDefinition union) {
            Set<String> members = ((GraphQLUnionType) served).getTypes().stream().map(GraphQLNamedOutputType::getName)
                .collect(Collectors.toSet());
            union.getMemberTypes().stream().map((member) -> ((TypeName) member).getName())
                .filter((member) -> !members.contains(member))
                .forEach((member) -> this.missing.add(name + ": member " + member));
        }
    }

    private void implementing(ImplementingTypeDefinition<?> type, GraphQLImplementingType served) {
        Set<String> interfaces = served.getInterfaces().stream().map(GraphQLNamedOutputType::getName)
            .collect(Collectors.toSet());
        type.getImplements().stream().map((i) -> ((TypeName) i).getName())
            .filter((i) -> !interfaces.contains(i))
            .forEach((i) -> this.conflicts.add(type.getName() + ": contract implements " + i + ", served does not"));
        for (FieldDefinition field : type.getFieldDefinitions()) {
            String where = type.getName() + "." + field.getName();
            GraphQLFieldDefinition servedField = ((GraphQLFieldsContainer) served).getFieldDefinition(field.getName());
            if (servedField == null) {
                this.missing.add(where + signature(field));
                continue;
            }
            compareTypes(where, field.getType(), servedField.getType());
            for (InputValueDefinition argument : field.getInputValueDefinitions()) {
                argument(where, argument, servedField.getArgument(argument.getName()));
            }
            Set<String> contractArguments = field.getInputValueDefinitions().stream().map(InputValueDefinition::getName)
                .collect(Collectors.toSet());
            servedField.getArguments().stream()
                .filter((a) -> !contractArguments.contains(a.getName()))
                .filter((a) -> a.getType() instanceof GraphQLNonNull && !a.hasSetDefaultValue())
                .forEach((a) -> this.conflicts.add(where + "(" + a.getName() + "): served requires an argument the "
                        + "contract does not have"));
        }
    }

    private void argument(String field, InputValueDefinition argument, GraphQLArgument served) {
        String where = field + "(" + argument.getName() + ")";
        if (served == null) {
            this.missing.add(where + ": " + AstPrinter.printAst(argument.getType()));
            return;
        }
        compareTypes(where, argument.getType(), served.getType());
        String contractDefault = (argument.getDefaultValue() != null) ? AstPrinter.printAst(argument.getDefaultValue())
                : null;
        String servedDefault = servedDefault(served);
        if (!Objects.equals(contractDefault, servedDefault)) {
            this.conflicts.add(where + ": contract default " + contractDefault + ", served " + servedDefault);
        }
    }

    private void compareTypes(String where, Type<?> contract, graphql.schema.GraphQLType served) {
        String expected = AstPrinter.printAst(contract);
        String actual = GraphQLTypeUtil.simplePrint(served);
        if (!expected.equals(actual)) {
            this.conflicts.add(where + ": contract " + expected + ", served " + actual);
        }
    }

    private static String servedDefault(GraphQLArgument served) {
        if (!served.hasSetDefaultValue()) {
            return null;
        }
        Object value = served.getArgumentDefaultValue().getValue();
        return (value instanceof Value<?> literal) ? AstPrinter.printAst(literal) : String.valueOf(value);
    }

    private static String signature(FieldDefinition field) {
        String arguments = field.getInputValueDefinitions().isEmpty() ? ""
                : field.getInputValueDefinitions().stream().map(AstPrinter::printAst)
                    .collect(Collectors.joining(", ", "(", ")"));
        return arguments + ": " + AstPrinter.printAst(field.getType());
    }

    private static String kind(TypeDefinition<?> type) {
        if (type instanceof ObjectTypeDefinition) {
            return "type";
        }
        if (type instanceof InterfaceTypeDefinition) {
            return "interface";
        }
        if (type instanceof UnionTypeDefinition) {
            return "union";
        }
        if (type instanceof EnumTypeDefinition) {
            return "enum";
        }
        return (type instanceof ScalarTypeDefinition) ? "scalar" : "input";
    }

    private static String kind(GraphQLNamedType type) {
        if (type instanceof GraphQLObjectType) {
            return "type";
        }
        if (type instanceof GraphQLInterfaceType) {
            return "interface";
        }
        if (type instanceof GraphQLUnionType) {
            return "union";
        }
        if (type instanceof GraphQLEnumType) {
            return "enum";
        }
        return (type instanceof GraphQLScalarType) ? "scalar" : "input";
    }

    /** The conflicts and the missing, one a line, for a test's output. */
    String report() {
        return "contract conflicts (%d):%n%s%ncontract parts not served yet (%d):%n%s".formatted(this.conflicts.size(),
                lines(this.conflicts), this.missing.size(), lines(this.missing));
    }

    private static String lines(List<String> items) {
        return items.stream().map((item) -> "  " + item).collect(Collectors.joining(System.lineSeparator()));
    }
}
