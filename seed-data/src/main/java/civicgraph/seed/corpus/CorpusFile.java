package civicgraph.seed.corpus;

/** A gazette file's name and bytes, not yet decoded: decoding is where bad input shows, one file at a time. */
public record CorpusFile(String fileName, byte[] bytes) {

    public Gazette read() {
        return Gazette.read(this.fileName, this.bytes);
    }
}
