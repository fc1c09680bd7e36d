package id.go.kinerja.collection.imports;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of plan imports and worksheet uploads (docs/api-guide.md, "Limits"). */
@ConfigMapping(prefix = "kinerja.import")
public interface ImportConfig {

    /** Files above this size are refused with 413 (keep {@code quarkus.http.limits.max-body-size} above it). */
    @WithDefault("20M")
    MemorySize maxSize();

    /**
     * Data rows of a worksheet upload; the row after the last allowed one refuses the file with 413, before
     * anything else of it is read. The largest agency's round has a few thousand items.
     */
    @WithDefault("20000")
    int worksheetMaxRows();

    /** Data rows (or, in JSON, nodes plus indicators) of a plan import: a whole regency's plan is about 50,000. */
    @WithDefault("60000")
    int planMaxRows();

    /** Rejected rows a 422 lists; the others are counted (context.summary.problems). */
    @WithDefault("100")
    int maxListedRows();
}
