package civicgraph.seed.load;

import java.time.Duration;
import java.util.List;

/** What one ingestion stored: the sources loaded, those that failed (with why), and how long it took. */
public record IngestReport(List<String> loaded, List<String> failed, Duration took) {

    public IngestReport {
        loaded = List.copyOf(loaded);
        failed = List.copyOf(failed);
    }

    @Override
    public String toString() {
        return "ingested %d sources (%d failed) in %.1f s".formatted(this.loaded.size(), this.failed.size(),
                this.took.toMillis() / 1000.0);
    }
}
