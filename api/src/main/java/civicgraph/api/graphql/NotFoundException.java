package civicgraph.api.graphql;

/** An argument that names nothing in the graph where something must exist, e.g. lineage of an unknown document. */
public class NotFoundException extends RuntimeException {

    private final String argument;

    public NotFoundException(String argument, Object value, String rule) {
        super(argument + ": " + value + " " + rule);
        this.argument = argument;
    }

    public String argument() {
        return this.argument;
    }
}
