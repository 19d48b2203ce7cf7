package civicgraph.seed.corpus;

/** A gazette that cannot be read at all; the message says which file and where ("a.txt:17: ..."). */
public class CorpusException extends RuntimeException {

    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
