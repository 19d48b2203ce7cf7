package civicgraph.api.graphql;

/** A client's argument that breaks a rule; the message reads "argument: value rule", e.g. "first: 500 is outside 0..100". */
public class InvalidArgumentException extends RuntimeException {

    private final String argument;

    public InvalidArgumentException(String argument, Object value, String rule) {
        super(argument + ": " + value + " " + rule);
        this.argument = argument;
    }

    public String argument() {
        return this.argument;
    }
}
