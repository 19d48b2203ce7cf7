package civicgraph.seed.extract.lineage;

import civicgraph.model.DocumentKind;

/**
 * One end of a lineage link: a section of this gazette (its first line) or a stub, a document the text names but the
 * corpus does not hold ("《关于本区交通畅达工程推进情况的审议意见》"), with {@code firstLine} null.
 */
public record LineageEnd(String title, DocumentKind kind, Integer firstLine) {

    /** Whether the document is only referred to, not printed in the corpus. */
    public boolean stub() {
        return this.firstLine == null;
    }
}
